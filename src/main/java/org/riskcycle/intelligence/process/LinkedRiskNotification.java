package org.riskcycle.intelligence.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.riskcycle.intelligence.register.IntelligenceRegister;
import org.riskcycle.intelligence.register.ProductVersion;
import org.riskcycle.intelligence.register.Requirement;
import org.riskcycle.risk.RiskInformation;
import org.springframework.stereotype.Component;

/**
 * "Inform the linked risks": the released product is new information for every risk the requirement is linked to;
 * each risk still under treatment has its assessment re-opened, with the product linked. Risks whose treatment has
 * ended are listed in {@code risksNotReopened}.
 */
@Component("linkedRiskNotification")
class LinkedRiskNotification implements JavaDelegate {

  private final IntelligenceRegister register;
  private final RiskInformation risks;

  LinkedRiskNotification(IntelligenceRegister register, RiskInformation risks) {
    this.register = register;
    this.risks = risks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ProductVersion product = register.productVersion((String) execution.getVariable("productId"),
        (Integer) execution.getVariable("productVersion")).orElseThrow();
    Requirement requirement = register.requirement(product.requirementId()).orElseThrow();
    String summary = "Intelligence product released: " + product.draft().title() + ". " + product.draft().summary();
    String source = "Intelligence product " + product.productId() + " version " + product.version() + " ("
        + product.draft().handlingCaveat().label() + ")";
    List<String> notReopened = new ArrayList<>();
    for (String riskId : requirement.draft().linkedRisks()) {
      if (!risks.isUnderTreatment(riskId)) {
        notReopened.add(riskId);
        continue;
      }
      // the release authority has no rights on risk treatments: re-opening them is the engine's own work
      Context.getCommandContext().runWithoutAuthorization(() -> {
        risks.report(riskId, summary.length() > 4000 ? summary.substring(0, 3999) + "…" : summary, source,
            (String) execution.getVariable("releasedBy"), product.productId());
        return null;
      });
    }
    execution.setVariable("risksNotReopened", String.join(",", notReopened));
  }
}
