package org.riskcycle.risk.process;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.variable.Variables;
import org.riskcycle.risk.Level;
import org.springframework.stereotype.Component;

/**
 * The level of a likelihood and impact by the deployed {@code RiskLevel} table, for levels the process computes
 * beside its business rule tasks (alternatives' residual levels, reviews' observed levels). The evaluation belongs
 * to the task being completed, not to its user, so it runs without the user's authorizations; it is recorded in the
 * engine's decision history.
 */
@Component
class RiskLevels {

  static final String DECISION = "RiskLevel";

  private final DecisionService decisionService;

  RiskLevels(DecisionService decisionService) {
    this.decisionService = decisionService;
  }

  Level of(Level likelihood, Level impact) {
    String level = Context.getCommandContext().runWithoutAuthorization(() -> decisionService
        .evaluateDecisionByKey(DECISION)
        .variables(Variables.putValue("likelihood", likelihood.name()).putValue("impact", impact.name()))
        .evaluate()
        .getSingleEntry());
    if (level == null) {
      throw new IllegalStateException("The deployed " + DECISION + " table has no rule for likelihood " + likelihood
          + " and impact " + impact);
    }
    return Level.valueOf(level);
  }
}
