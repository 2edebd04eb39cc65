package org.riskcycle.risk;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.riskcycle.access.CycleProcess;
import org.riskcycle.risk.register.RiskRegister;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules and the API may know of and tell the risk register: the risks open to be linked, and new
 * information about a risk, which re-opens its assessment.
 */
@Component
public class RiskInformation {

  static final String INFORMATION_MESSAGE = "RiskInformationReceived";

  private final RuntimeService runtimeService;
  private final RiskRegister register;

  RiskInformation(RuntimeService runtimeService, RiskRegister register) {
    this.runtimeService = runtimeService;
    this.register = register;
  }

  /** The risks that are neither closed nor withdrawn, most recently identified first. */
  public List<RiskReference> openRisks() {
    return register.openRisks();
  }

  public Optional<RiskReference> risk(String riskId) {
    return register.riskReference(riskId);
  }

  /** Whether the risk's treatment runs, so that new information can re-open its assessment. */
  public boolean isUnderTreatment(String riskId) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(CycleProcess.RISK_TREATMENT.key())
        .processInstanceBusinessKey(riskId).active().count() > 0;
  }

  /**
   * Sends new information to the running treatment of the risk, which records it and re-opens the assessment; the
   * caller checks {@link #isUnderTreatment} first. The correlation is the engine's own work, which no role is granted
   * on the treatment's instances: the caller's right to report is checked before.
   *
   * Reports about one risk are made one after another: two at once would both find the subscription of the same
   * assessment, which the first one to commit ends.
   *
   * @param productId the intelligence product the information comes from, or null
   */
  @Transactional
  public void report(String riskId, String summary, String source, String reportedBy, String productId) {
    register.lockRisk(riskId);
    runtimeService.createMessageCorrelation(INFORMATION_MESSAGE)
        .processInstanceBusinessKey(riskId)
        .setVariable("informationSummary", summary)
        .setVariable("informationSource", source)
        .setVariable("informationReportedBy", reportedBy)
        .setVariable("informationProductId", productId)
        .correlateWithResult();
  }
}
