package org.riskcycle.risk.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Names each task of a risk's treatment after the risk ("Analyze and assess the risk: Fentanyl in passenger
 * vehicles"), so that a user with several risks to work tells them apart in Tasklist's list.
 */
@Component
class RiskTaskNames {

  static final String TREATMENT_PROCESS = "riskTreatment";

  @EventListener(condition = "#task.eventName == 'create'")
  public void nameAfterRisk(DelegateTask task) {
    String riskTitle = (String) task.getVariable("riskTitle");
    if (riskTitle != null && task.getProcessDefinitionId().startsWith(TREATMENT_PROCESS + ":")) {
      task.setName(task.getBpmnModelElementInstance().getName() + ": " + riskTitle);
    }
  }
}
