package org.riskcycle.risk.register;

import java.time.Instant;

/** An assessment as the register knows it, with the context of its current iteration. */
public record AssessmentSummary(String id, String processInstanceId, String title, String status, int iteration,
    String createdBy, Instant createdAt, Instant closedAt, AssessmentContext context) {
}
