package org.riskcycle.intelligence.process;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.riskcycle.engine.Actor;
import org.riskcycle.engine.EngineClock;
import org.riskcycle.engine.JsonVariables;
import org.riskcycle.engine.Option;
import org.riskcycle.engine.TaskInput;
import org.riskcycle.intelligence.Disposition;
import org.riskcycle.intelligence.InformationCredibility;
import org.riskcycle.intelligence.SourceReliability;
import org.riskcycle.intelligence.register.CollectionResult;
import org.riskcycle.intelligence.register.IntelligenceRegister;
import org.riskcycle.intelligence.register.ProcessedResult;
import org.springframework.stereotype.Component;

/**
 * Step 3, "process and exploit the collection": every collected result kept, marked a duplicate or discarded (with
 * why), and graded; the collated information summarized. The kept results become the product's possible sources.
 */
@Component("collectionProcessing")
class CollectionProcessing implements TaskListener {

  private final IntelligenceRegister register;

  CollectionProcessing(IntelligenceRegister register) {
    this.register = register;
  }

  @Override
  public void notify(DelegateTask task) {
    String requirementId = (String) task.getVariable("requirementId");
    Set<String> expected = new LinkedHashSet<>(register.unprocessedResults(requirementId).stream()
        .map(CollectionResult::id).toList());
    TaskInput input = TaskInput.of(task);
    List<ProcessedResult> processed = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (TaskInput result : input.items("processedResults", 1, 200)) {
      String resultId = result.text("resultId", 36);
      if (resultId != null && !expected.contains(resultId)) {
        result.problem("resultId", "'" + resultId + "' is no collected result awaiting processing");
      } else if (resultId != null && !seen.add(resultId)) {
        result.problem("resultId", "'" + resultId + "' is listed twice");
      }
      Disposition disposition = result.code("disposition", Disposition.class);
      String reason = result.optionalText("reason", 1000);
      if (disposition != null && disposition != Disposition.KEEP && reason == null
          && !result.hasProblemWith("reason")) {
        result.problem("reason", "is required to mark a result " + disposition.label().toLowerCase());
      }
      processed.add(new ProcessedResult(resultId, disposition, reason,
          result.code("sourceReliability", SourceReliability.class),
          result.choice("informationCredibility", InformationCredibility.codes())));
    }
    if (!input.hasProblemWith("processedResults") && !seen.containsAll(expected)) {
      Set<String> missing = new LinkedHashSet<>(expected);
      missing.removeAll(seen);
      input.problem("processedResults", "must deal with every collected result; missing " + missing);
    }
    String summary = input.text("processingSummary", 4000);
    input.requireValid();
    register.recordProcessing(requirementId, summary, processed, Actor.of(task), EngineClock.now());
    List<CollectionResult> kept = register.keptResults(requirementId);
    task.setVariable("keptCount", (int) processed.stream().filter(r -> r.disposition() == Disposition.KEEP).count());
    task.setVariable("sourceOptions", JsonVariables.json(kept.stream()
        .map(result -> new Option(result.asset() + " (" + result.sourceReliability().name()
            + result.informationCredibility() + "): " + abbreviated(result.summary()), result.id()))
        .toList()));
  }

  private static String abbreviated(String text) {
    return text.length() <= 120 ? text : text.substring(0, 119) + "…";
  }
}
