package org.riskcycle.risk.process;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.riskcycle.engine.Actor;
import org.riskcycle.engine.AnsweredAnew;
import org.riskcycle.engine.EngineClock;
import org.riskcycle.engine.TaskInput;
import org.riskcycle.risk.Level;
import org.riskcycle.risk.ReviewOutcome;
import org.riskcycle.risk.register.RiskRegister;
import org.riskcycle.risk.register.Score;
import org.springframework.stereotype.Component;

/**
 * Step 6, "review the treatment", given anew at each review: records the observed likelihood and impact as a
 * score, and the review of observed against expected effect, and tells the process whether the review horizon has
 * been reached.
 */
@Component("treatmentReview")
class TreatmentReview extends AnsweredAnew {

  private static final List<String> ANSWERS =
      List.of("observedLikelihood", "observedImpact", "observedEffect", "reviewOutcome");

  private final RiskRegister register;
  private final RiskLevels riskLevels;

  TreatmentReview(RiskRegister register, RiskLevels riskLevels) {
    super(ANSWERS);
    this.register = register;
    this.riskLevels = riskLevels;
  }


  @Override
  protected void complete(DelegateTask task) {
    String actor = Actor.of(task);
    TaskInput input = TaskInput.of(task);
    Level likelihood = input.code("observedLikelihood", Level.class);
    Level impact = input.code("observedImpact", Level.class);
    String observedEffect = input.text("observedEffect", 4000);
    ReviewOutcome outcome = input.code("reviewOutcome", ReviewOutcome.class);
    input.requireValid();

    Instant now = EngineClock.now();
    String riskId = (String) task.getVariable("riskId");
    Level tolerance = Level.valueOf((String) task.getVariable("riskTolerance"));
    Level expected = Level.valueOf((String) task.getVariable("residualLevel"));
    Level observed = riskLevels.of(likelihood, impact);
    register.recordScore(riskId, (Integer) task.getVariable("iteration"), new Score(Score.Kind.REVIEW, likelihood,
        impact, observed, tolerance, observed.isAbove(tolerance), null, null, null, observedEffect), actor, now);
    register.recordReview(riskId, (String) task.getVariable("decisionId"), observed, expected, observedEffect,
        outcome.name(), actor, now);
    LocalDate horizon = LocalDate.parse((String) task.getVariable("reviewHorizon"));
    task.setVariable("reviewHorizonReached", !EngineClock.today().isBefore(horizon));
    if (outcome == ReviewOutcome.INEFFECTIVE) {
      // new alternatives and their decision authority start from the risk as observed, not as first assessed
      task.setVariable("likelihood", likelihood.name());
      task.setVariable("impact", impact.name());
      task.setVariable("riskLevel", observed.name());
      task.setVariable("returnReason", "Review found the treatment ineffective (" + actor + "): observed level "
          + observed.label() + " against expected " + expected.label() + ". " + observedEffect);
    }
  }
}
