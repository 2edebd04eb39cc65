package org.riskcycle.intelligence.process;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.riskcycle.engine.EngineClock;
import org.riskcycle.intelligence.register.Feedback;
import org.riskcycle.intelligence.register.IntelligenceRegister;
import org.springframework.stereotype.Component;

/**
 * "Evaluate the feedback": the requirement is satisfied when every recipient group says so; otherwise its feedback
 * goes to the planners, who refine the requirement.
 */
@Component("feedbackEvaluation")
class FeedbackEvaluation implements JavaDelegate {

  private final IntelligenceRegister register;

  FeedbackEvaluation(IntelligenceRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<Feedback> feedback = register.feedbackOn((String) execution.getVariable("releaseId"));
    boolean satisfied = feedback.stream().allMatch(Feedback::requirementSatisfied);
    execution.setVariable("allRecipientsSatisfied", satisfied);
    execution.setVariable("feedbackText", IntelligenceTexts.feedback(feedback));
    register.setStatus((String) execution.getVariable("requirementId"), satisfied ? "SATISFIED" : "UNSATISFIED",
        EngineClock.now());
  }
}
