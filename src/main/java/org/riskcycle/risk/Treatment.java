package org.riskcycle.risk;

/** Ways to treat a risk: the plan's accept, avoid, transfer or control, and ISO 31000's pursuit of an opportunity. */
public enum Treatment {
  ACCEPT("Accept (retain the risk)"),
  AVOID("Avoid"),
  TRANSFER("Transfer"),
  CONTROL("Control"),
  PURSUE_OPPORTUNITY("Pursue an opportunity");

  private final String label;

  Treatment(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
