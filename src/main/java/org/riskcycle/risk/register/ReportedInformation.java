package org.riskcycle.risk.register;

import java.time.Instant;

/** New information reported about a risk: what, by whom and when. */
public record ReportedInformation(String riskId, String riskTitle, String summary, String reportedBy,
    Instant receivedAt) {
}
