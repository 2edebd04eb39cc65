package org.riskcycle.intelligence;

/** ICD 203 confidence in an analytic judgment, separate from its likelihood. */
public enum AnalyticConfidence {
  LOW("Low"),
  MODERATE("Moderate"),
  HIGH("High");

  private final String label;

  AnalyticConfidence(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
