package org.riskcycle.risk.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.riskcycle.access.CycleProcess;
import org.riskcycle.risk.CycleStep;
import org.riskcycle.risk.register.RiskRegister;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps in the register the step of the cycle each assessment and risk is at, from the tasks the engine creates: the
 * assessment's own tasks (steps 1 and 2) and each risk's treatment tasks (3 to 6). A risk waiting for its review is
 * at step 6 from its acceptance or implementation ({@link RiskRegister#updateRisk}).
 */
@Component
class RiskSteps {

  private final RiskRegister register;

  RiskSteps(RiskRegister register) {
    this.register = register;
  }

  @EventListener(condition = "#task.eventName == 'create' or #task.eventName == 'complete'")
  public void track(DelegateTask task) {
    CycleStep step = CycleStep.ofTask(task.getTaskDefinitionKey()).orElse(null);
    if (step == null) {
      return;
    }
    boolean created = TaskListener.EVENTNAME_CREATE.equals(task.getEventName());
    if (task.getProcessDefinitionId().startsWith(CycleProcess.RISK_MANAGEMENT.key() + ":")) {
      Object assessmentId = task.getVariable("assessmentId");
      if (assessmentId != null) {
        register.setAssessmentStep((String) assessmentId, created ? step : null);
      }
    } else if (created && task.getProcessDefinitionId().startsWith(CycleProcess.RISK_TREATMENT.key() + ":")) {
      register.setRiskStep((String) task.getVariable("riskId"), step);
    }
  }
}
