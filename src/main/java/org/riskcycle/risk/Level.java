package org.riskcycle.risk;

/** The five qualitative levels of NIST SP 800-30 Rev. 1 for likelihood, impact and risk, lowest first. */
public enum Level {
  VERY_LOW("Very low"),
  LOW("Low"),
  MODERATE("Moderate"),
  HIGH("High"),
  VERY_HIGH("Very high");

  private final String label;

  Level(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean isAbove(Level other) {
    return compareTo(other) > 0;
  }
}
