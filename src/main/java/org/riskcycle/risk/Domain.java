package org.riskcycle.risk;

/** The operating domains of a decision context (Vision and Strategy 2020). */
public enum Domain {
  AIR("Air"),
  LAND("Land"),
  MARITIME("Maritime");

  private final String label;

  Domain(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
