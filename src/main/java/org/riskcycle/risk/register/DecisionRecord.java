package org.riskcycle.risk.register;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.riskcycle.risk.Level;

/**
 * Step 5: what a decision authority decided about a risk, as recorded at the time and never changed. {@code outcome}
 * is a {@link org.riskcycle.risk.DecisionOutcome} or {@code ACCEPTED_WITHIN_TOLERANCE}; {@code chosen} is null unless
 * an alternative was chosen. {@code snapshot} is the JSON of the risk, its latest score and every alternative put to
 * the decider, as they stood.
 */
public record DecisionRecord(String id, String assessmentId, String riskId, int iteration, String outcome,
    Alternative chosen, Level riskLevel, Level riskTolerance, String rationale, String decisionAuthority,
    String decidedBy, Instant decidedAt, LocalDate implementationDue, List<String> goalsAndObjectives,
    String snapshot) {

  public static final String ACCEPTED_WITHIN_TOLERANCE = "ACCEPTED_WITHIN_TOLERANCE";

  /** Whether the decision places the risk on the residual heat map: an alternative chosen, or accepted as assessed. */
  public boolean placesRisk() {
    return chosen != null || ACCEPTED_WITHIN_TOLERANCE.equals(outcome);
  }
}
