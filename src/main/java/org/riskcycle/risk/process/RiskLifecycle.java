package org.riskcycle.risk.process;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.riskcycle.engine.EngineClock;
import org.riskcycle.engine.TaskInput;
import org.riskcycle.risk.register.RiskRegister;
import org.riskcycle.risk.register.RiskStatus;
import org.springframework.stereotype.Component;

/**
 * The service tasks that move a risk or an assessment without a user: new information re-opening a risk's
 * assessment, a risk closed at the end of its review horizon, an assessment closed when all its risks are.
 */
@Component("riskLifecycle")
public class RiskLifecycle {

  private final RiskRegister register;

  RiskLifecycle(RiskRegister register) {
    this.register = register;
  }

  /** Records the information a {@code RiskInformationReceived} message brought, for the analyst re-assessing. */
  public void recordNewInformation(DelegateExecution execution) {
    TaskInput input = TaskInput.of("The RiskInformationReceived message", execution);
    String summary = input.text("informationSummary", 4000);
    String source = input.optionalText("informationSource", 500);
    String reportedBy = input.optionalText("informationReportedBy", 128);
    String productId = input.optionalText("informationProductId", 36);
    input.requireValid();
    Instant now = EngineClock.now();
    String riskId = (String) execution.getVariable("riskId");
    register.recordInformation(riskId, summary, source, reportedBy, productId, now);
    register.updateRisk(riskId, RiskStatus.IDENTIFIED, now);
    execution.setVariable("newInformation", summary + (source == null ? "" : " (source: " + source + ")"));
    execution.removeVariable("informationSummary");
    execution.removeVariable("informationSource");
    execution.removeVariable("informationReportedBy");
    execution.removeVariable("informationProductId");
  }

  public void closeRisk(DelegateExecution execution) {
    register.updateRisk((String) execution.getVariable("riskId"), RiskStatus.CLOSED, EngineClock.now());
  }

  public void closeAssessment(DelegateExecution execution) {
    register.closeAssessment((String) execution.getVariable("assessmentId"), EngineClock.now());
  }
}
