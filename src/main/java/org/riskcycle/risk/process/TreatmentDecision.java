package org.riskcycle.risk.process;

import org.riskcycle.engine.TaskInput;
import org.riskcycle.engine.Actor;
import org.riskcycle.engine.AnsweredAnew;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.riskcycle.risk.DecisionOutcome;
import org.riskcycle.engine.EngineClock;
import org.riskcycle.risk.Treatment;
import org.riskcycle.risk.register.Alternative;
import org.riskcycle.risk.register.DecisionRecord;
import org.riskcycle.risk.register.RiskRegister;
import org.riskcycle.risk.register.RiskStatus;
import org.springframework.stereotype.Component;

/**
 * Step 5, "decide on the treatment": checks the decision and writes the immutable decision record, in the
 * transaction of the completion. Every round's decision is given anew.
 */
@Component("treatmentDecision")
class TreatmentDecision extends AnsweredAnew {

  private static final List<String> ANSWERS =
      List.of("decisionOutcome", "chosenAlternativeId", "implementationDue", "decisionRationale");

  private final RiskRegister register;
  private final DecisionRecords decisions;

  TreatmentDecision(RiskRegister register, DecisionRecords decisions) {
    super(ANSWERS);
    this.register = register;
    this.decisions = decisions;
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
    input.requireValid();

    Instant now = EngineClock.now();
    DecisionRecord decision = decisions.record(task.getExecution(), outcome.name(), chosen, rationale,
        (String) task.getVariable("decisionAuthority"), actor, now, due);
    task.setVariable("decisionId", decision.id());
    task.setVariable("acceptedWithinTolerance", false);
    if (chosen == null) {
      task.setVariable("returnReason", outcome.label() + " (" + actor + "): " + rationale);
      return;
    }
    boolean needsImplementation = chosen.treatment() != Treatment.ACCEPT;
    register.updateRisk(riskId, needsImplementation ? RiskStatus.IN_TREATMENT : RiskStatus.MONITORED,
        chosen.residualLevel(), chosen.owner(), now);
    task.setVariable("residualLevel", chosen.residualLevel().name());
    task.setVariable("treatmentOwner", chosen.owner());
    task.setVariable("needsImplementation", needsImplementation);
    task.setVariable("chosenTreatmentText", chosen.treatment().label() + ": " + chosen.description());
    if (needsImplementation) {
      task.setVariable("implementationDue", due.toString());
      task.setVariable("implementationOverdueAt", startOfDayAfter(due));
    }
  }

  /** When a task due on {@code day} becomes overdue: the start of the next day. */
  static Date startOfDayAfter(LocalDate day) {
    return Date.from(day.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant());
  }
}
