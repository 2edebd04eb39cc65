package org.riskcycle.risk.process;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.riskcycle.engine.Actor;
import org.springframework.stereotype.Component;

/**
 * The decider may not be the person who developed the alternatives. Refuses, on the decision task, an assignment to
 * that person (claim or assign) and a completion by them, with 403 on {@code /engine-rest} and a message in Tasklist.
 */
@Component("separationOfDuties")
class SeparationOfDuties implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    String author = (String) task.getVariable("alternativesDevelopedBy");
    String actor = EVENTNAME_ASSIGNMENT.equals(task.getEventName()) ? task.getAssignee() : Actor.of(task);
    if (author != null && author.equals(actor)) {
      throw new Violation(actor);
    }
  }

  /** An attempt by the author of the alternatives to decide on them. */
  static class Violation extends AuthorizationException {

    private static final long serialVersionUID = 1L;

    Violation(String userId) {
      super("Separation of duties: " + userId + " developed the alternatives for this risk and may not decide on"
          + " them; another member of the decision authority must take this task.");
    }
  }
}
