package org.riskcycle.intelligence.process;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.riskcycle.engine.Actor;
import org.riskcycle.engine.EngineClock;
import org.riskcycle.engine.TaskInput;
import org.riskcycle.intelligence.Rating;
import org.riskcycle.intelligence.register.Feedback;
import org.riskcycle.intelligence.register.IntelligenceRegister;
import org.springframework.stereotype.Component;

/**
 * Step 5, "give feedback on the product": a recipient group acknowledges the product, rates it on the feedback axes
 * and says whether the requirement is satisfied, and if not what is missing.
 */
@Component("feedbackRecording")
class FeedbackRecording implements TaskListener {

  private final IntelligenceRegister register;

  FeedbackRecording(IntelligenceRegister register) {
    this.register = register;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskInput input = TaskInput.of(task);
    Rating relevance = input.code("relevance", Rating.class);
    Rating accuracy = input.code("accuracy", Rating.class);
    Rating timeliness = input.code("timeliness", Rating.class);
    Rating usefulness = input.code("usefulness", Rating.class);
    String satisfied = input.choice("requirementSatisfied", List.of("YES", "NO"));
    String comment = input.optionalText("feedbackComment", 2000);
    if ("NO".equals(satisfied) && comment == null && !input.hasProblemWith("feedbackComment")) {
      input.problem("feedbackComment", "is required when the requirement is not satisfied: say what is missing");
    }
    input.requireValid();
    register.recordFeedback(new Feedback((String) task.getVariable("releaseId"),
        (String) task.getVariable("recipientGroup"), relevance, accuracy, timeliness, usefulness,
        "YES".equals(satisfied), comment, Actor.of(task), EngineClock.now()));
  }
}
