package org.riskcycle.intelligence;

/** What processing did with a collected result. */
public enum Disposition {
  KEEP("Kept"),
  DUPLICATE("Duplicate"),
  DISCARD("Discarded");

  private final String label;

  Disposition(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
