package org.riskcycle.risk.process;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.riskcycle.engine.Actor;
import org.riskcycle.engine.AnsweredAnew;
import org.riskcycle.engine.EngineClock;
import org.riskcycle.engine.TaskInput;
import org.riskcycle.risk.DecisionOutcome;
import org.riskcycle.risk.IntelligenceRequested;
import org.riskcycle.risk.Treatment;
import org.riskcycle.risk.register.Alternative;
import org.riskcycle.risk.register.DecisionRecord;
import org.riskcycle.risk.register.RiskRegister;
import org.riskcycle.risk.register.RiskStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Step 5, "decide on the treatment": checks the decision and writes the immutable decision record, in the
 * transaction of the completion. Every round's decision is given anew. A decider who asks what intelligence would
 * change the decision raises an intelligence requirement with it ({@link IntelligenceRequested}).
 */
@Component("treatmentDecision")
class TreatmentDecision extends AnsweredAnew {

  private static final List<String> ANSWERS =
      List.of("decisionOutcome", "chosenAlternativeId", "implementationDue", "decisionRationale",
          "intelligenceQuestion", "intelligenceNeededBy");

  private final RiskRegister register;
  private final DecisionRecords decisions;
  private final ApplicationEventPublisher events;

  TreatmentDecision(RiskRegister register, DecisionRecords decisions, ApplicationEventPublisher events) {
    super(ANSWERS);
    this.register = register;
    this.decisions = decisions;
    this.events = events;
  }


  @Override
  protected void complete(DelegateTask task) {
    String actor = Actor.of(task);
    String riskId = (String) task.getVariable("riskId");
    TaskInput input = TaskInput.of(task);
    DecisionOutcome outcome = input.code("decisionOutcome", DecisionOutcome.class);
    String rationale = input.text("decisionRationale", 4000);
    Alternative chosen = null;
    LocalDate due = null;
    if (outcome == DecisionOutcome.CHOOSE_ALTERNATIVE) {
      String chosenId = input.text("chosenAlternativeId", 36);
      chosen = register.latestAlternatives(riskId).stream().filter(a -> a.id().equals(chosenId)).findFirst()
          .orElse(null);
      if (chosenId != null && chosen == null) {
        input.problem("chosenAlternativeId", "'" + chosenId + "' is not one of the alternatives put to you");
      }
      if (chosen != null && chosen.treatment() != Treatment.ACCEPT) {
        due = input.date("implementationDue");
        LocalDate today = EngineClock.today();
        if (due != null && due.isBefore(today)) {
          input.problem("implementationDue", "must not be before today (" + today + ")");
        }
      }
    }
    String question = input.optionalText("intelligenceQuestion", 2000);
    LocalDate neededBy = null;
    if (question != null) {
      neededBy = input.date("intelligenceNeededBy");
      if (neededBy != null && !neededBy.isAfter(EngineClock.today())) {
        input.problem("intelligenceNeededBy", "must be after today (" + EngineClock.today() + ")");
      }
    }
    input.requireValid();

    Instant now = EngineClock.now();
    DecisionRecord decision = decisions.record(task.getExecution(), outcome.name(), chosen, rationale,
        (String) task.getVariable("decisionAuthority"), actor, now, due);
    task.setVariable("decisionId", decision.id());
    if (question != null) {
      events.publishEvent(new IntelligenceRequested(riskId, (String) task.getVariable("riskTitle"),
          decision.riskLevel(), decision.id(), question, neededBy, actor, decision.goalsAndObjectives()));
    }
    task.setVariable("acceptedWithinTolerance", false);
    if (chosen == null) {
      task.setVariable("returnReason", outcome.label() + " (" + actor + "): " + rationale);
      return;
    }
    boolean needsImplementation = chosen.treatment() != Treatment.ACCEPT;
    register.updateRisk(riskId, needsImplementation ? RiskStatus.IN_TREATMENT : RiskStatus.MONITORED, now);
    task.setVariable("residualLevel", chosen.residualLevel().name());
    task.setVariable("treatmentOwner", chosen.owner());
    task.setVariable("needsImplementation", needsImplementation);
    task.setVariable("chosenTreatmentText", chosen.treatment().label() + ": " + chosen.description());
    if (needsImplementation) {
      task.setVariable("implementationDue", due.toString());
      task.setVariable("implementationOverdueAt", EngineClock.startOfDayAfter(due));
    }
  }
}
