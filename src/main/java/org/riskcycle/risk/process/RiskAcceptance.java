package org.riskcycle.risk.process;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.riskcycle.engine.EngineClock;
import org.riskcycle.risk.Level;
import org.riskcycle.risk.register.DecisionRecord;
import org.riskcycle.risk.register.RiskRegister;
import org.riskcycle.risk.register.RiskStatus;
import org.springframework.stereotype.Component;

/**
 * Accepts a risk whose level is within the assessment's tolerance: a decision record of the analyst who assessed it,
 * justified by the level and the tolerance, and monitoring at the longest review interval.
 */
@Component("riskAcceptance")
class RiskAcceptance implements JavaDelegate {

  private final RiskRegister register;
  private final DecisionRecords decisions;

  RiskAcceptance(RiskRegister register, DecisionRecords decisions) {
    this.register = register;
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Level level = Level.valueOf((String) execution.getVariable("riskLevel"));
    Level tolerance = Level.valueOf((String) execution.getVariable("riskTolerance"));
    String justification = "Accepted within tolerance: the risk level " + level.label() + " (likelihood "
        + Level.valueOf((String) execution.getVariable("likelihood")).label() + ", impact "
        + Level.valueOf((String) execution.getVariable("impact")).label() + ", by the RiskLevel table) does not"
        + " exceed the assessment's risk tolerance " + tolerance.label() + ". Analyst's rationale: "
        + execution.getVariable("rationale");
    Instant now = EngineClock.now();
    DecisionRecord decision = decisions.record(execution, DecisionRecord.ACCEPTED_WITHIN_TOLERANCE, null,
        justification, "risk-analysts", (String) execution.getVariable("assessedBy"), now, null);
    register.updateRisk(decision.riskId(), RiskStatus.MONITORED, now);
    execution.setVariable("decisionId", decision.id());
    execution.setVariable("residualLevel", level.name());
    execution.setVariable("acceptedWithinTolerance", true);
  }
}
