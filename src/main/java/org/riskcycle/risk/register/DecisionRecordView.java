package org.riskcycle.risk.register;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A decision record as recorded: the decision, the goals and objectives at stake, and ({@code snapshot}, JSON) the
 * risk, its score and the alternatives put to the decider at the time.
 */
public record DecisionRecordView(String id, String assessmentId, String riskId, int iteration, String outcome,
    String chosenAlternativeId, String treatment, BigDecimal cost, BigDecimal benefit, String riskLevel,
    String riskTolerance, String residualLevel, String rationale, String decisionAuthority, String decidedBy,
    Instant decidedAt, LocalDate implementationDue, List<String> goalsAndObjectives,
    @JsonRawValue String snapshot) {

  DecisionRecordView withGoalsAndObjectives(List<String> catalogIds) {
    return new DecisionRecordView(id, assessmentId, riskId, iteration, outcome, chosenAlternativeId, treatment, cost,
        benefit, riskLevel, riskTolerance, residualLevel, rationale, decisionAuthority, decidedBy, decidedAt,
        implementationDue, catalogIds, snapshot);
  }
}
