package org.riskcycle.engine;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who acts on a task: the authenticated user, or, for a call without one, the task's assignee. */
public final class Actor {

  private Actor() {
  }

  /** Who starts a process: the authenticated caller, as the API and Tasklist set it. */
  public static String starter(DelegateExecution execution, String what) {
    Authentication authentication =
        execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      throw new InvalidTaskInput(what, List.of("the caller must be authenticated, to record who acted"));
    }
    return authentication.getUserId();
  }

  public static String of(DelegateTask task) {
    Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (authentication != null && authentication.getUserId() != null) {
      return authentication.getUserId();
    }
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    throw new InvalidTaskInput(task.getBpmnModelElementInstance().getName(),
        List.of("the task must be completed by an authenticated user or its assignee, to record who acted"));
  }
}
