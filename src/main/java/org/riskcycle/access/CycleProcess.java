package org.riskcycle.access;

/** The processes that role groups may start, by process definition key. */
public enum CycleProcess {
  RISK_MANAGEMENT("riskManagementCycle"),
  INTELLIGENCE("intelligenceCycle");

  private final String key;

  CycleProcess(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }
}
