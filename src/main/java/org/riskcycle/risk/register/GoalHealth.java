package org.riskcycle.risk.register;

import java.time.Instant;

/**
 * How a goal or objective stands, computed from the open risks that threaten it (or one of its objectives): how
 * many there are ({@code GET /api/v1/risks?goal=} lists them), how many are above their assessment's tolerance after
 * treatment, awaiting a decision, or late in treatment, and when one was last reviewed. {@code health} sums it up:
 * {@code AT_RISK} if a risk stays above tolerance or a treatment is overdue, {@code WATCH} if a risk awaits its
 * decision, {@code ON_TRACK} otherwise, {@code NO_RISKS} without risks.
 */
public record GoalHealth(String catalogId, String health, int risks, int aboveToleranceAfterTreatment,
    int awaitingDecision, int overdueTreatments, Instant lastReview) {

  static GoalHealth of(String catalogId, int risks, int aboveToleranceAfterTreatment, int awaitingDecision,
      int overdueTreatments, Instant lastReview) {
    String health = risks == 0 ? "NO_RISKS" : aboveToleranceAfterTreatment > 0 || overdueTreatments > 0 ? "AT_RISK"
        : awaitingDecision > 0 ? "WATCH" : "ON_TRACK";
    return new GoalHealth(catalogId, health, risks, aboveToleranceAfterTreatment, awaitingDecision,
        overdueTreatments, lastReview);
  }
}
