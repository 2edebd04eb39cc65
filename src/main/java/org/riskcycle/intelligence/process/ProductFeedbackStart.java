package org.riskcycle.intelligence.process;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.riskcycle.engine.InvalidTaskInput;
import org.riskcycle.intelligence.register.IntelligenceRegister;
import org.springframework.stereotype.Component;

/**
 * Feedback is asked only of a group a product was released to: a {@code productFeedback} started otherwise (by hand,
 * over {@code /engine-rest}) is refused.
 */
@Component("productFeedbackStart")
class ProductFeedbackStart implements ExecutionListener {

  private final IntelligenceRegister register;

  ProductFeedbackStart(IntelligenceRegister register) {
    this.register = register;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Object releaseId = execution.getVariable("releaseId");
    Object group = execution.getVariable("recipientGroup");
    if (!(releaseId instanceof String release) || !(group instanceof String recipient)
        || !register.recipientsOf(release).contains(recipient)) {
      throw new InvalidTaskInput("Asking feedback on a product", List.of("releaseId and recipientGroup must name a"
          + " release of the intelligence cycle and one of its recipient groups"));
    }
  }
}
