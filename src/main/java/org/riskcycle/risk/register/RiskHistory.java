package org.riskcycle.risk.register;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A risk with everything the register recorded about it, oldest first in each list. */
public record RiskHistory(RegisteredRisk risk, List<ScoreEntry> scores, List<DecisionEntry> decisions,
    List<ReviewEntry> reviews, List<InformationEntry> information) {

  /** A score from an assessment or observed in a review. */
  public record ScoreEntry(String kind, int iteration, String likelihood, String impact, String riskLevel,
      String riskTolerance, boolean exceedsTolerance, String confidence, String rationale, String scoredBy,
      Instant scoredAt) {
  }

  /** A decision record, as recorded. */
  public record DecisionEntry(String id, int iteration, String outcome, String treatment, BigDecimal cost,
      BigDecimal benefit, String riskLevel, String residualLevel, String rationale, String decisionAuthority,
      String decidedBy, Instant decidedAt) {
  }

  /** A monitoring review: the observed against the expected level. */
  public record ReviewEntry(String outcome, String observedLevel, String expectedLevel, String observedEffect,
      String reviewedBy, Instant reviewedAt) {
  }

  /** New information that re-opened the risk's assessment. */
  public record InformationEntry(String summary, String source, String reportedBy, Instant receivedAt) {
  }
}
