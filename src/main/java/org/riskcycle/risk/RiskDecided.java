package org.riskcycle.risk;

import java.time.Instant;
import java.util.List;

/**
 * A decision on a risk was recorded (chosen alternative, sent back, more analysis requested, or accepted within
 * tolerance), in the transaction of the task that made it.
 *
 * @param treatment the chosen alternative's treatment, or null when none was chosen
 * @param residualLevel the expected level after the treatment, or null when none was chosen
 */
public record RiskDecided(String decisionId, String riskId, String assessmentId, String outcome, Treatment treatment,
    Level riskLevel, Level residualLevel, String decidedBy, Instant decidedAt, List<String> goalsAndObjectives) {
}
