package org.riskcycle.intelligence.process;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.riskcycle.engine.AnsweredAnew;
import org.riskcycle.engine.EngineClock;
import org.riskcycle.engine.TaskInput;
import org.riskcycle.intelligence.register.IntelligenceRegister;
import org.springframework.stereotype.Component;

/**
 * "Decide on the collection gaps": nothing usable was collected, so the planners task collection again or close the
 * requirement unanswered; the gaps stay recorded with the results.
 */
@Component("collectionGapDecision")
class CollectionGapDecision extends AnsweredAnew {

  private final IntelligenceRegister register;

  CollectionGapDecision(IntelligenceRegister register) {
    super(List.of("gapDecision", "gapDecisionRationale"));
    this.register = register;
  }

  @Override
  protected void complete(DelegateTask task) {
    TaskInput input = TaskInput.of(task);
    String decision = input.choice("gapDecision", List.of("RETASK", "CLOSE_UNANSWERED"));
    input.text("gapDecisionRationale", 2000);
    LocalDate latestTimeOfValue = LocalDate.parse((String) task.getVariable("latestTimeOfValue"));
    if ("RETASK".equals(decision) && latestTimeOfValue.isBefore(EngineClock.today())) {
      input.problem("gapDecision", "cannot task collection again: the latest time of value (" + latestTimeOfValue
          + ") has passed; close the requirement unanswered");
    }
    input.requireValid();
    if ("CLOSE_UNANSWERED".equals(decision)) {
      register.setStatus((String) task.getVariable("requirementId"), "UNANSWERED", EngineClock.now());
    }
  }
}
