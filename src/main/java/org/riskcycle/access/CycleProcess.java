package org.riskcycle.access;

/**
 * The processes of the cycles, by process definition key. Roles start some of them; {@code riskTreatment} is only
 * started by {@code riskManagementCycle}, one per risk, and {@code productFeedback} by {@code intelligenceCycle}, one
 * per recipient group of a release.
 */
public enum CycleProcess {
  RISK_MANAGEMENT("riskManagementCycle"),
  RISK_TREATMENT("riskTreatment"),
  INTELLIGENCE("intelligenceCycle"),
  PRODUCT_FEEDBACK("productFeedback");

  private final String key;

  CycleProcess(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }
}
