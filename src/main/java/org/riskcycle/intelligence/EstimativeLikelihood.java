package org.riskcycle.intelligence;

/** ICD 203 estimative language for the likelihood of an analytic judgment. */
public enum EstimativeLikelihood {
  ALMOST_NO_CHANCE("Almost no chance (1-5 %)"),
  VERY_UNLIKELY("Very unlikely (5-20 %)"),
  UNLIKELY("Unlikely (20-45 %)"),
  ROUGHLY_EVEN_CHANCE("Roughly even chance (45-55 %)"),
  LIKELY("Likely (55-80 %)"),
  VERY_LIKELY("Very likely (80-95 %)"),
  ALMOST_CERTAIN("Almost certain (95-99 %)");

  private final String label;

  EstimativeLikelihood(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
