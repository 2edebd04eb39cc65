package org.riskcycle.risk.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.riskcycle.access.CycleProcess;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Names each task of a risk's treatment after the risk ("Analyze and assess the risk: Fentanyl in passenger
 * vehicles"), so that a user with several risks to work tells them apart in Tasklist's list.
 */
@Component
class RiskTaskNames {

  @EventListener(condition = "#task.eventName == 'create'")
  public void nameAfterRisk(DelegateTask task) {
    String riskTitle = (String) task.getVariable("riskTitle");
    if (riskTitle != null && task.getProcessDefinitionId().startsWith(CycleProcess.RISK_TREATMENT.key() + ":")) {
      task.setName(task.getBpmnModelElementInstance().getName() + ": " + riskTitle);
    }
  }
}
