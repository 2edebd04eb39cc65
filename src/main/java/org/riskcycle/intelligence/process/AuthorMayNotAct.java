package org.riskcycle.intelligence.process;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.riskcycle.engine.Actor;

/**
 * Separation of duties: the author of a requirement or product may neither claim nor complete the task that checks
 * their work (approval, peer review, release). Refused with 403 on {@code /engine-rest} and a message in Tasklist.
 */
class AuthorMayNotAct implements TaskListener {

  private final String authorVariable;
  private final String work;

  /**
   * @param authorVariable the variable naming the author, or the authors separated by commas (user ids hold none)
   * @param work what the author wrote, for the message ("the requirement")
   */
  AuthorMayNotAct(String authorVariable, String work) {
    this.authorVariable = authorVariable;
    this.work = work;
  }

  @Override
  public void notify(DelegateTask task) {
    String authors = (String) task.getVariable(authorVariable);
    String actor = EVENTNAME_ASSIGNMENT.equals(task.getEventName()) ? task.getAssignee() : Actor.of(task);
    if (authors != null && actor != null && List.of(authors.split(",")).contains(actor)) {
      throw new Violation("Separation of duties: " + actor + " wrote " + work + " and may not "
          + task.getBpmnModelElementInstance().getName().toLowerCase() + "; another member of the group must take"
          + " this task.");
    }
  }

  /** An attempt by an author to check their own work. */
  static class Violation extends AuthorizationException {

    private static final long serialVersionUID = 1L;

    Violation(String message) {
      super(message);
    }
  }
}
