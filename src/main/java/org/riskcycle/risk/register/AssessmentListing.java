package org.riskcycle.risk.register;

import java.time.Instant;

/** An assessment in a list: what tells it apart from the others. */
public record AssessmentListing(String id, String title, String status, int iteration, String riskTolerance,
    String highestCurrentLevel, int openRisks, String createdBy, Instant createdAt) {
}
