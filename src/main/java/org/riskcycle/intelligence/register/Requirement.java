package org.riskcycle.intelligence.register;

import java.time.Instant;

/** A requirement of the register with where it stands. */
public record Requirement(String id, String processInstanceId, RequirementDraft draft, String author, String status,
    String previousRequirementId, String riskDecisionId, Instant raisedAt, String approvedBy, Instant approvedAt) {
}
