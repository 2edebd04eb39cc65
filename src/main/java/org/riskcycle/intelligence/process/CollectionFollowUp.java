package org.riskcycle.intelligence.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.riskcycle.engine.Actor;
import org.riskcycle.engine.EngineClock;
import org.riskcycle.engine.TaskInput;
import org.riskcycle.intelligence.register.IntelligenceRegister;
import org.springframework.stereotype.Component;

/** "Follow up the overdue collection": how the planner chased an asset that had not reported by its due date. */
@Component("collectionFollowUp")
class CollectionFollowUp implements TaskListener {

  private final IntelligenceRegister register;

  CollectionFollowUp(IntelligenceRegister register) {
    this.register = register;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskInput input = TaskInput.of(task);
    String note = input.text("followUpNote", 2000);
    input.requireValid();
    register.recordFollowUp((String) task.getVariable("collectionTaskId"), note, Actor.of(task), EngineClock.now());
  }
}
