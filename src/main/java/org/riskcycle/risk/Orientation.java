package org.riskcycle.risk;

/** Whether the risks of a decision context arise inside the organization or outside it. */
public enum Orientation {
  INTERNAL("Internal"),
  EXTERNAL("External");

  private final String label;

  Orientation(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
