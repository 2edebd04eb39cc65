package org.riskcycle.risk.process;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.riskcycle.engine.Actor;
import org.riskcycle.engine.EngineClock;
import org.riskcycle.engine.JsonVariables;
import org.riskcycle.engine.TaskInput;
import org.riskcycle.risk.ThreatCategory;
import org.riskcycle.risk.register.IdentifiedRisk;
import org.riskcycle.risk.register.RiskRegister;
import org.springframework.stereotype.Component;

/**
 * Completes "identify risks" (step 2): checks the list, records new risks and updates those carried over from an
 * earlier iteration, and gives the process the ids of the risks to treat ({@code riskIds}).
 */
@Component("riskIdentification")
class RiskIdentification implements TaskListener {

  static final int MAX_RISKS = 50;

  private final RiskRegister register;

  RiskIdentification(RiskRegister register) {
    this.register = register;
  }

  @Override
  public void notify(DelegateTask task) {
    String actor = Actor.of(task);
    String assessmentId = (String) task.getVariable("assessmentId");
    int iteration = (Integer) task.getVariable("iteration");
    TaskInput input = TaskInput.of(task);
    Set<String> stake = new HashSet<>(TaskInput.of(task).texts("goalsAtStake"));
    Set<String> known = new HashSet<>(register.riskIdsOf(assessmentId));
    Set<String> seen = new HashSet<>();
    List<IdentifiedRisk> risks = new ArrayList<>();
    for (TaskInput item : input.items("risks", 1, MAX_RISKS)) {
      String id = item.optionalText("id", 36);
      if (id != null && (!known.contains(id) || !seen.add(id))) {
        item.problem("id", "'" + id + "' is not a risk of this assessment, or appears twice; leave it empty for a"
            + " new risk");
      }
      List<String> objectives = item.texts("threatenedObjectives");
      objectives.stream().filter(objective -> !stake.contains(objective)).forEach(objective ->
          item.problem("threatenedObjectives", "contains '" + objective + "', not one of the goals and objectives"
              + " at stake"));
      risks.add(new IdentifiedRisk(id, item.text("title", 200), item.text("description", 4000),
          item.code("threatCategory", ThreatCategory.class), objectives, item.optionalText("source", 500)));
    }
    input.requireValid();

    List<IdentifiedRisk> registered =
        register.identifyRisks(assessmentId, iteration, risks, actor, EngineClock.now());
    task.setVariable("risks", JsonVariables.json(registered.stream().map(RiskIdentification::formEntry).toList()));
    task.setVariable("riskIds", JsonVariables.collection(registered.stream().map(IdentifiedRisk::id)
        .toList()));
  }

  /** The risk as the form's list shows it again in the next iteration, with its register id. */
  private static Map<String, Object> formEntry(IdentifiedRisk risk) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("id", risk.id());
    entry.put("title", risk.title());
    entry.put("description", risk.description());
    entry.put("threatCategory", risk.threatCategory().name());
    entry.put("threatenedObjectives", risk.threatenedObjectives());
    entry.put("source", risk.source());
    return entry;
  }
}
