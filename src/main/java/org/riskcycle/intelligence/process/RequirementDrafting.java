package org.riskcycle.intelligence.process;

import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.riskcycle.engine.Actor;
import org.riskcycle.engine.EngineClock;
import org.riskcycle.engine.TaskInput;
import org.riskcycle.intelligence.register.IntelligenceRegister;
import org.riskcycle.intelligence.register.RequirementDraft;
import org.springframework.stereotype.Component;

/**
 * Step 1, "draft the requirement" (a user task) or "record the given requirement" (a service task): checks the
 * requirement and writes it to the register, proposed for approval. A draft may instead be withdrawn.
 */
@Component("requirementDrafting")
class RequirementDrafting implements TaskListener, JavaDelegate {

  private final RequirementForm form;
  private final IntelligenceRegister register;
  private final IntelligenceTexts texts;

  RequirementDrafting(RequirementForm form, IntelligenceRegister register, IntelligenceTexts texts) {
    this.form = form;
    this.register = register;
    this.texts = texts;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskInput input = TaskInput.of(task);
    String outcome = input.choice("draftOutcome", List.of("SUBMIT", "WITHDRAW"));
    if ("WITHDRAW".equals(outcome)) {
      String requirementId = (String) task.getVariable("requirementId");
      if (requirementId != null) {
        register.setStatus(requirementId, "WITHDRAWN", EngineClock.now());
      }
      return;
    }
    RequirementDraft draft = form.read(input);
    // whoever drafts the requirement is its author for the approval, so that they cannot approve it
    task.setVariable("requirementAuthor", Actor.of(task));
    record(task.getExecution(), draft);
  }

  @Override
  public void execute(DelegateExecution execution) {
    record(execution, form.read(TaskInput.of("The requirement given at the start", execution)));
  }

  private void record(DelegateExecution execution, RequirementDraft draft) {
    Instant now = EngineClock.now();
    String requirementId = (String) execution.getVariable("requirementId");
    if (requirementId == null) {
      requirementId = register.raiseRequirement(execution.getProcessInstanceId(), draft,
          (String) execution.getVariable("requirementAuthor"), (String) execution.getVariable("previousRequirementId"),
          (String) execution.getVariable("riskDecisionId"), now);
      execution.setVariable("requirementId", requirementId);
    } else {
      register.redraftRequirement(requirementId, draft, now);
    }
    show(execution, draft, texts);
    execution.setVariable("timeOfValuePassedAt", EngineClock.startOfDayAfter(draft.latestTimeOfValue()));
  }

  /** The requirement as later forms show it. */
  static void show(VariableScope scope, RequirementDraft draft, IntelligenceTexts texts) {
    scope.setVariable("linkedGoalsText", texts.goals(draft.linkedGoals()));
    scope.setVariable("linkedRisksText", texts.risks(draft.linkedRisks()));
    scope.setVariable("requirementText", texts.requirement(draft));
  }
}
