package org.riskcycle.risk;

/** Where, relative to the border, a decision context applies. */
public enum Location {
  AT_PORTS_OF_ENTRY("At the ports of entry"),
  BETWEEN_PORTS_OF_ENTRY("Between the ports of entry"),
  BEYOND_THE_BORDER("Beyond the border"),
  INTERIOR("Interior");

  private final String label;

  Location(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
