package org.riskcycle.risk.process;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.riskcycle.engine.Actor;
import org.riskcycle.engine.EngineClock;
import org.riskcycle.engine.JsonVariables;
import org.riskcycle.engine.Option;
import org.riskcycle.engine.TaskInput;
import org.riskcycle.risk.Level;
import org.riskcycle.risk.Treatment;
import org.riskcycle.risk.register.Alternative;
import org.riskcycle.risk.register.RiskRegister;
import org.riskcycle.risk.register.RiskStatus;
import org.springframework.stereotype.Component;

/**
 * Step 4, "develop alternatives". When the task is created it offers "retain the risk" as the first alternative
 * (unless an earlier round left a list to revise); when it completes it checks the alternatives, computes each one's
 * residual level and net benefit, ranks them and records the round for the decider.
 */
@Component("alternativesDevelopment")
class AlternativesDevelopment implements TaskListener {

  static final int MAX_ALTERNATIVES = 20;

  /** Within tolerance first, then the highest net benefit, then the lowest residual level. */
  static final Comparator<Alternative> RANKING = Comparator.comparing(Alternative::withinTolerance).reversed()
      .thenComparing(Alternative::netBenefit, Comparator.reverseOrder())
      .thenComparing(Alternative::residualLevel);

  private final RiskRegister register;
  private final RiskLevels riskLevels;
  private final IdentityService identityService;

  AlternativesDevelopment(RiskRegister register, RiskLevels riskLevels, IdentityService identityService) {
    this.register = register;
    this.riskLevels = riskLevels;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      offerRetention(task);
    } else {
      complete(task);
    }
  }

  private void offerRetention(DelegateTask task) {
    if (task.getVariable("alternatives") != null) {
      return;
    }
    Map<String, Object> retain = new LinkedHashMap<>();
    retain.put("treatment", Treatment.ACCEPT.name());
    retain.put("description", "Retain the risk: take no further action and keep monitoring it.");
    retain.put("cost", 0);
    retain.put("benefit", 0);
    retain.put("residualLikelihood", task.getVariable("likelihood"));
    retain.put("residualImpact", task.getVariable("impact"));
    task.setVariable("alternatives", JsonVariables.json(List.of(retain)));
  }

  private void complete(DelegateTask task) {
    String actor = Actor.of(task);
    Level tolerance = Level.valueOf((String) task.getVariable("riskTolerance"));
    TaskInput input = TaskInput.of(task);
    List<Alternative> alternatives = new ArrayList<>();
    for (TaskInput item : input.items("alternatives", 2, MAX_ALTERNATIVES)) {
      Treatment treatment = item.code("treatment", Treatment.class);
      String description = item.text("description", 2000);
      BigDecimal cost = item.money("cost");
      BigDecimal benefit = item.money("benefit");
      Level likelihood = item.code("residualLikelihood", Level.class);
      Level impact = item.code("residualImpact", Level.class);
      String owner = item.text("owner", 128);
      if (owner != null && !userExists(owner)) {
        item.problem("owner", "'" + owner + "' is not a RiskCycle user");
      }
      alternatives.add(Alternative.proposed(treatment, description, cost, benefit, likelihood, impact, owner));
    }
    if (alternatives.stream().noneMatch(alternative -> alternative.treatment() == Treatment.ACCEPT)) {
      input.problem("alternatives", "must include retaining the risk (treatment ACCEPT) as one alternative");
    }
    input.requireValid();

    List<Alternative> assessed = alternatives.stream().map(alternative -> {
      Level residual = riskLevels.of(alternative.residualLikelihood(), alternative.residualImpact());
      return alternative.withResidualLevel(residual, !residual.isAbove(tolerance));
    }).sorted(RANKING).toList();
    List<Alternative> ranked = new ArrayList<>();
    for (int i = 0; i < assessed.size(); i++) {
      ranked.add(assessed.get(i).ranked(i + 1));
    }
    String riskId = (String) task.getVariable("riskId");
    var now = EngineClock.now();
    List<Alternative> recorded =
        register.recordAlternatives(riskId, register.nextAlternativesRound(riskId), ranked, actor, now);
    register.updateRisk(riskId, RiskStatus.AWAITING_DECISION, now);

    task.setVariable("rankedAlternatives", JsonVariables.json(recorded.stream().map(this::row).toList()));
    task.setVariable("alternativeOptions", JsonVariables.json(recorded.stream()
        .map(a -> new Option("#" + a.rank() + " " + a.treatment().label() + ": " + a.description(), a.id()))
        .toList()));
    task.setVariable("alternativesDevelopedBy", actor);
    // answered by this round of alternatives: the decider's form must not show it again
    task.removeVariable("returnReason");
  }

  private boolean userExists(String userId) {
    return Context.getCommandContext().runWithoutAuthorization(
        () -> identityService.createUserQuery().userId(userId).count() > 0);
  }

  /** An alternative as the decide form's table reads it: codes, amounts and a flag, which the form labels. */
  private Map<String, Object> row(Alternative alternative) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("rank", alternative.rank());
    row.put("id", alternative.id());
    row.put("treatment", alternative.treatment().name());
    row.put("description", alternative.description());
    row.put("cost", alternative.cost());
    row.put("benefit", alternative.benefit());
    row.put("netBenefit", alternative.netBenefit());
    row.put("residualLevel", alternative.residualLevel().name());
    row.put("withinTolerance", alternative.withinTolerance());
    row.put("owner", alternative.owner());
    return row;
  }
}
