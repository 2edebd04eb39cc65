package org.riskcycle.risk;

/** Analytic confidence in an assessment (ICD 203 keeps it separate from likelihood). */
public enum Confidence {
  LOW("Low"),
  MODERATE("Moderate"),
  HIGH("High");

  private final String label;

  Confidence(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
