package org.riskcycle.intelligence.process;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.riskcycle.engine.Actor;
import org.riskcycle.engine.AnsweredAnew;
import org.riskcycle.engine.EngineClock;
import org.riskcycle.engine.TaskInput;
import org.riskcycle.intelligence.register.IntelligenceRegister;
import org.springframework.stereotype.Component;

/** Step 1, "approve the requirement": another planner approves it or returns it to its author with a comment. */
@Component("requirementApproval")
class RequirementApproval extends AnsweredAnew {

  private final IntelligenceRegister register;

  RequirementApproval(IntelligenceRegister register) {
    super(List.of("approvalOutcome", "approvalComment"));
    this.register = register;
  }

  @Override
  protected void complete(DelegateTask task) {
    TaskInput input = TaskInput.of(task);
    String outcome = input.choice("approvalOutcome", List.of("APPROVE", "RETURN"));
    String comment = input.optionalText("approvalComment", 2000);
    if ("RETURN".equals(outcome) && comment == null && !input.hasProblemWith("approvalComment")) {
      input.problem("approvalComment", "is required to return the requirement: say what to change");
    }
    input.requireValid();
    String actor = Actor.of(task);
    register.recordApproval((String) task.getVariable("requirementId"), "APPROVE".equals(outcome), comment, actor,
        EngineClock.now());
    if ("RETURN".equals(outcome)) {
      task.setVariable("returnReason", "Returned by " + actor + ": " + comment);
    }
  }
}
