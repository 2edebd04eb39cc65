package org.riskcycle.intelligence.process;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.riskcycle.engine.EngineClock;
import org.riskcycle.intelligence.register.CollectionResult;
import org.riskcycle.intelligence.register.IntelligenceRegister;
import org.springframework.stereotype.Component;

/** "Record the collection gap": an asset that had not reported when the latest time of value passed. */
@Component("collectionLapse")
class CollectionLapse implements JavaDelegate {

  private final IntelligenceRegister register;

  CollectionLapse(IntelligenceRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    register.recordResult((String) execution.getVariable("requirementId"), new CollectionResult(
        UUID.randomUUID().toString(), (String) execution.getVariable("collectionTaskId"),
        (String) execution.getVariable("collectionAsset"), false, null, null, null,
        "No result before the latest time of value (" + execution.getVariable("latestTimeOfValue") + ")", null,
        EngineClock.now()));
  }
}
