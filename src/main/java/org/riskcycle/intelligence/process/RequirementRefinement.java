package org.riskcycle.intelligence.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.riskcycle.engine.EngineClock;
import org.riskcycle.engine.TaskInput;
import org.riskcycle.intelligence.register.IntelligenceRegister;
import org.riskcycle.intelligence.register.RequirementDraft;
import org.springframework.stereotype.Component;

/**
 * "Refine the requirement": the unsatisfied requirement is closed as refined and the refined one starts a new cycle,
 * linked to it, with the refining planner as its author.
 */
@Component("requirementRefinement")
class RequirementRefinement implements TaskListener {

  private final RequirementForm form;
  private final IntelligenceRegister register;
  private final IntelligenceCycleStarter starter;

  RequirementRefinement(RequirementForm form, IntelligenceRegister register, IntelligenceCycleStarter starter) {
    this.form = form;
    this.register = register;
    this.starter = starter;
  }

  @Override
  public void notify(DelegateTask task) {
    RequirementDraft refined = form.read(TaskInput.of(task));
    String requirementId = (String) task.getVariable("requirementId");
    register.setStatus(requirementId, "REFINED", EngineClock.now());
    task.setVariable("refinedCycleId", starter.start(refined, requirementId, null));
  }
}
