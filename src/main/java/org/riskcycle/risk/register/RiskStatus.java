package org.riskcycle.risk.register;

/** Where a risk stands in its cycle. */
public enum RiskStatus {
  IDENTIFIED, ASSESSED, AWAITING_DECISION, IN_TREATMENT, MONITORED, CLOSED, WITHDRAWN
}
