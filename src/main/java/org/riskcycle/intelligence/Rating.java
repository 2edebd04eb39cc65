package org.riskcycle.intelligence;

/** A recipient's rating of a product on one feedback axis. */
public enum Rating {
  VERY_LOW("Very low"),
  LOW("Low"),
  MODERATE("Moderate"),
  HIGH("High"),
  VERY_HIGH("Very high");

  private final String label;

  Rating(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
