package org.riskcycle.risk;

/** What a monitoring review found. */
public enum ReviewOutcome {
  EFFECTIVE("Effective"),
  INEFFECTIVE("Ineffective"),
  CONTEXT_CHANGED("Context changed");

  private final String label;

  ReviewOutcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
