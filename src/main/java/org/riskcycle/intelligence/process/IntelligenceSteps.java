package org.riskcycle.intelligence.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.riskcycle.access.CycleProcess;
import org.riskcycle.intelligence.IntelligenceStep;
import org.riskcycle.intelligence.register.IntelligenceRegister;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps in the register the step of the intelligence cycle each requirement is at, from the tasks the engine
 * creates. A requirement drafted in Tasklist has no register row until its draft is completed; its approval then
 * places it.
 */
@Component
class IntelligenceSteps {

  private final IntelligenceRegister register;

  IntelligenceSteps(IntelligenceRegister register) {
    this.register = register;
  }

  @EventListener(condition = "#task.eventName == 'create'")
  public void track(DelegateTask task) {
    if (!task.getProcessDefinitionId().startsWith(CycleProcess.INTELLIGENCE.key() + ":")) {
      return;
    }
    Object requirementId = task.getVariable("requirementId");
    IntelligenceStep.ofTask(task.getTaskDefinitionKey()).ifPresent(step -> {
      if (requirementId != null) {
        register.setStep((String) requirementId, step);
      }
    });
  }
}
