package org.riskcycle.engine;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * A task whose answers must be given anew each time it is created (a decision, a review): the answers of the previous
 * round are forgotten when the task is created, so that neither a form nor a REST client can submit them again
 * unawares; the completion is then checked and recorded.
 */
public abstract class AnsweredAnew implements TaskListener {

  private final List<String> answers;

  public AnsweredAnew(List<String> answers) {
    this.answers = answers;
  }

  @Override
  public final void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      answers.forEach(task.getExecution()::removeVariable);
    } else {
      complete(task);
    }
  }

  protected abstract void complete(DelegateTask task);
}
