package org.riskcycle.risk.process;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.riskcycle.engine.JsonVariables;
import org.riskcycle.risk.Level;
import org.riskcycle.risk.RiskDecided;
import org.riskcycle.risk.register.Alternative;
import org.riskcycle.risk.register.DecisionRecord;
import org.riskcycle.risk.register.RiskInContext;
import org.riskcycle.risk.register.RiskRegister;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes immutable decision records: the decision with the goals and objectives at stake and a snapshot of the risk,
 * its score and the alternatives put to the decider, as they stood at the time.
 */
@Component
class DecisionRecords {

  private final RiskRegister register;
  private final ApplicationEventPublisher events;

  DecisionRecords(RiskRegister register, ApplicationEventPublisher events) {
    this.register = register;
    this.events = events;
  }

  DecisionRecord record(DelegateExecution execution, String outcome, Alternative chosen, String rationale,
      String authority, String decidedBy, Instant at, LocalDate implementationDue) {
    String riskId = (String) execution.getVariable("riskId");
    RiskInContext risk = register.riskInContext(riskId).orElseThrow();
    List<Alternative> alternatives = chosen == null && DecisionRecord.ACCEPTED_WITHIN_TOLERANCE.equals(outcome)
        ? List.of() : register.latestAlternatives(riskId);
    Set<String> goalsAndObjectives = new LinkedHashSet<>(risk.context().goalsAtStake());
    goalsAndObjectives.addAll(risk.threatenedObjectives());

    Map<String, Object> score = new LinkedHashMap<>();
    score.put("likelihood", execution.getVariable("likelihood"));
    score.put("impact", execution.getVariable("impact"));
    score.put("riskLevel", execution.getVariable("riskLevel"));
    score.put("riskTolerance", execution.getVariable("riskTolerance"));
    score.put("confidence", execution.getVariable("confidence"));
    score.put("assessedBy", execution.getVariable("assessedBy"));
    Map<String, Object> snapshot = new LinkedHashMap<>();
    snapshot.put("risk", risk);
    snapshot.put("score", score);
    snapshot.put("alternatives", alternatives);

    DecisionRecord decision = new DecisionRecord(UUID.randomUUID().toString(), risk.assessmentId(), riskId,
        risk.iteration(), outcome, chosen, Level.valueOf((String) execution.getVariable("riskLevel")),
        risk.context().riskTolerance(), rationale, authority, decidedBy, at, implementationDue,
        List.copyOf(goalsAndObjectives), JsonVariables.write(snapshot));
    register.recordDecision(decision);
    events.publishEvent(new RiskDecided(decision.id(), riskId, risk.assessmentId(), outcome,
        chosen == null ? null : chosen.treatment(), decision.riskLevel(), chosen == null ? null : chosen.residualLevel(),
        decidedBy, at, decision.goalsAndObjectives()));
    return decision;
  }
}
