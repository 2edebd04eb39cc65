package org.riskcycle.intelligence;

/**
 * How an intelligence product must be handled: Traffic Light Protocol 2.0 or For Official Use Only, lowest first. For
 * Official Use Only (government partners on a need-to-know basis) ranks above TLP:AMBER and below TLP:AMBER+STRICT.
 */
public enum HandlingCaveat {
  TLP_CLEAR("TLP:CLEAR"),
  TLP_GREEN("TLP:GREEN"),
  TLP_AMBER("TLP:AMBER"),
  FOUO("For Official Use Only"),
  TLP_AMBER_STRICT("TLP:AMBER+STRICT"),
  TLP_RED("TLP:RED");

  private final String label;

  HandlingCaveat(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean isAbove(HandlingCaveat other) {
    return compareTo(other) > 0;
  }
}
