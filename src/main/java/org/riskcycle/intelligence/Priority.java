package org.riskcycle.intelligence;

/** How soon a requirement must be answered. */
public enum Priority {
  IMMEDIATE("Immediate"),
  PRIORITY("Priority"),
  ROUTINE("Routine");

  private final String label;

  Priority(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
