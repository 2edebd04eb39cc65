package org.riskcycle.intelligence.process;

import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.riskcycle.engine.Actor;
import org.riskcycle.engine.EngineClock;
import org.riskcycle.engine.TaskInput;
import org.riskcycle.intelligence.InformationCredibility;
import org.riskcycle.intelligence.SourceReliability;
import org.riskcycle.intelligence.register.CollectionResult;
import org.riskcycle.intelligence.register.IntelligenceRegister;
import org.springframework.stereotype.Component;

/**
 * Step 2, "collect the information": one asset's result, a summary graded on the Admiralty scales, or a gap saying
 * what could not be obtained.
 */
@Component("collectionResults")
class CollectionResults implements TaskListener {

  private final IntelligenceRegister register;

  CollectionResults(IntelligenceRegister register) {
    this.register = register;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskInput input = TaskInput.of(task);
    boolean collected = "COLLECTED".equals(input.choice("collectionOutcome", List.of("COLLECTED", "GAP")));
    String summary = null;
    SourceReliability reliability = null;
    String credibility = null;
    String gap = null;
    if (collected) {
      summary = input.text("resultSummary", 4000);
      reliability = input.code("sourceReliability", SourceReliability.class);
      credibility = input.choice("informationCredibility", InformationCredibility.codes());
    } else if (!input.hasProblemWith("collectionOutcome")) {
      gap = input.text("gapDescription", 2000);
    }
    input.requireValid();
    String taskingId = (String) task.getVariable("collectionTaskId");
    register.recordResult((String) task.getVariable("requirementId"), new CollectionResult(
        UUID.randomUUID().toString(), taskingId, (String) task.getVariable("collectionAsset"), collected, summary,
        reliability, credibility, gap, Actor.of(task), EngineClock.now()));
  }
}
