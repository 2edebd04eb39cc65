package org.riskcycle.risk;

/** The level at which a decision is taken. */
public enum DecisionLevel {
  STRATEGIC("Strategic"),
  OPERATIONAL("Operational"),
  TACTICAL("Tactical");

  private final String label;

  DecisionLevel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
