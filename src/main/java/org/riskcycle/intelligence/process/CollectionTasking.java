package org.riskcycle.intelligence.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.riskcycle.engine.EngineClock;
import org.riskcycle.intelligence.register.CollectionTask;
import org.riskcycle.intelligence.register.IntelligenceRegister;
import org.springframework.stereotype.Component;

/**
 * Gives each asset's collection (one instance of the multi-instance subprocess) its asset, discipline and due date as
 * local variables, for its task's form, due date and overdue timer.
 */
@Component("collectionTasking")
class CollectionTasking implements ExecutionListener {

  private final IntelligenceRegister register;

  CollectionTasking(IntelligenceRegister register) {
    this.register = register;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String collectionTaskId = (String) execution.getVariable("collectionTaskId");
    CollectionTask tasking = register.collectionTask(collectionTaskId).orElseThrow(() ->
        new IllegalStateException("Collection tasking " + collectionTaskId + " is missing from the register"));
    execution.setVariableLocal("collectionAsset", tasking.asset());
    execution.setVariableLocal("collectionDiscipline", tasking.discipline().name());
    execution.setVariableLocal("collectionDueDate", tasking.dueDate().toString());
    execution.setVariableLocal("collectionDueAt", EngineClock.startOfDayAfter(tasking.dueDate()));
  }
}
