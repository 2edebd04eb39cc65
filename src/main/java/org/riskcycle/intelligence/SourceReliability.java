package org.riskcycle.intelligence;

/** Admiralty (NATO) grading of a source's reliability. */
public enum SourceReliability {
  A("Completely reliable"),
  B("Usually reliable"),
  C("Fairly reliable"),
  D("Not usually reliable"),
  E("Unreliable"),
  F("Reliability cannot be judged");

  private final String label;

  SourceReliability(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
