package org.riskcycle.intelligence.process;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.riskcycle.engine.JsonVariables;
import org.riskcycle.intelligence.register.CollectionResult;
import org.riskcycle.intelligence.register.IntelligenceRegister;
import org.springframework.stereotype.Component;

/**
 * "Close the collection": counts what the round collected and what remained a gap, summarizes it for the planners and
 * prepares the collected results for processing ({@code processedResults}, each kept until the analyst says
 * otherwise).
 */
@Component("collectionClosing")
class CollectionClosing implements JavaDelegate {

  private final IntelligenceRegister register;

  CollectionClosing(IntelligenceRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String requirementId = (String) execution.getVariable("requirementId");
    List<CollectionResult> round = register.resultsOfRound(requirementId,
        (Integer) execution.getVariable("collectionRound"));
    List<CollectionResult> toProcess = register.unprocessedResults(requirementId);
    List<CollectionResult> gaps = round.stream().filter(result -> !result.collected()).toList();
    execution.setVariable("collectedCount", toProcess.size());
    execution.setVariable("gapCount", gaps.size());
    execution.setVariable("collectionSummaryText", IntelligenceTexts.results(round));
    execution.setVariable("collectionGapsText", gaps.isEmpty() ? "No gaps." : IntelligenceTexts.results(gaps));
    execution.setVariable("processedResults", JsonVariables.json(toProcess.stream()
        .map(CollectionClosing::entry).toList()));
  }

  private static Map<String, Object> entry(CollectionResult result) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("resultId", result.id());
    entry.put("asset", result.asset());
    entry.put("summary", result.summary());
    entry.put("sourceReliability", result.sourceReliability().name());
    entry.put("informationCredibility", result.informationCredibility());
    entry.put("disposition", "KEEP");
    return entry;
  }
}
