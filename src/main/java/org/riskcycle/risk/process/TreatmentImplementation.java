package org.riskcycle.risk.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.riskcycle.engine.Actor;
import org.riskcycle.engine.EngineClock;
import org.riskcycle.engine.TaskInput;
import org.riskcycle.risk.register.RiskRegister;
import org.riskcycle.risk.register.RiskStatus;
import org.springframework.stereotype.Component;

/**
 * Completes "implement the treatment" (step 5) and "follow up the overdue implementation": the owner's report of what
 * was done is recorded against the decision and the risk goes to monitoring; a risk manager's follow-up notes are
 * checked and kept in the task's history.
 */
@Component("treatmentImplementation")
class TreatmentImplementation implements TaskListener {

  static final String FOLLOW_UP_TASK = "Task_FollowUpOverdueImplementation";

  private final RiskRegister register;

  TreatmentImplementation(RiskRegister register) {
    this.register = register;
  }

  @Override
  public void notify(DelegateTask task) {
    String actor = Actor.of(task);
    TaskInput input = TaskInput.of(task);
    if (FOLLOW_UP_TASK.equals(task.getTaskDefinitionKey())) {
      input.text("followUpNotes", 4000);
      input.requireValid();
      return;
    }
    String notes = input.text("implementationNotes", 4000);
    input.requireValid();
    var now = EngineClock.now();
    register.recordImplementation((String) task.getVariable("decisionId"), notes, actor, now);
    register.updateRisk((String) task.getVariable("riskId"), RiskStatus.MONITORED, now);
  }
}
