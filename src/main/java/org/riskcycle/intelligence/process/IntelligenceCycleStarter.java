package org.riskcycle.intelligence.process;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.variable.VariableMap;
import org.riskcycle.access.CycleProcess;
import org.riskcycle.intelligence.register.RequirementDraft;
import org.springframework.stereotype.Component;

/**
 * Starts an intelligence cycle with its requirement given: refined from an unsatisfied one, or raised by a risk
 * decider. It runs inside the completion of the task that raised it, as the engine's own work: the refining planner
 * or the decider need no right to start cycles themselves, and are recorded as the requirement's author.
 */
@Component
class IntelligenceCycleStarter {

  private final RuntimeService runtimeService;

  IntelligenceCycleStarter(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  /** @return the new cycle's process instance id */
  String start(RequirementDraft draft, String previousRequirementId, String riskDecisionId) {
    VariableMap variables = RequirementForm.given(draft)
        .putValue("previousRequirementId", previousRequirementId)
        .putValue("riskDecisionId", riskDecisionId);
    return Context.getCommandContext().runWithoutAuthorization(() -> runtimeService
        .startProcessInstanceByKey(CycleProcess.INTELLIGENCE.key(), variables).getId());
  }
}
