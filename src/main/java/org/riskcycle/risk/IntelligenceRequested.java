package org.riskcycle.risk;

import java.time.LocalDate;
import java.util.List;

/**
 * A risk decider asked, with the decision, what intelligence would change it: an intelligence requirement linked to
 * the risk and the decision. Published in the transaction of the decision.
 *
 * @param linkedGoals the goals at stake and the objectives the risk threatens (catalog ids)
 */
public record IntelligenceRequested(String riskId, String riskTitle, Level riskLevel, String decisionId,
    String question, LocalDate neededBy, String decidedBy, List<String> linkedGoals) {
}
