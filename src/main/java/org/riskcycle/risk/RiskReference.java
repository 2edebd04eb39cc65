package org.riskcycle.risk;

/** A risk of the register as other modules name it: its id, title, current level (if assessed) and status. */
public record RiskReference(String id, String title, Level currentLevel, String status) {

  public String label() {
    return title + (currentLevel == null ? " (not yet assessed)" : " (" + currentLevel.label() + ")");
  }
}
