package org.riskcycle.intelligence.process;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.riskcycle.access.Role;
import org.riskcycle.catalog.CatalogChoices;
import org.riskcycle.engine.Actor;
import org.riskcycle.engine.JsonVariables;
import org.riskcycle.engine.Option;
import org.riskcycle.intelligence.PartnerMarkings;
import org.riskcycle.risk.RiskInformation;
import org.springframework.stereotype.Component;

/**
 * At the start of a cycle: who raised the requirement (its author, who drafts it if they are an intelligence planner),
 * and the choices the forms offer: goals and objectives, open risks, partner groups with their highest marking.
 */
@Component("requirementChoices")
class RequirementChoices implements ExecutionListener {

  private final CatalogChoices catalog;
  private final RiskInformation risks;
  private final PartnerMarkings markings;

  RequirementChoices(CatalogChoices catalog, RiskInformation risks, PartnerMarkings markings) {
    this.catalog = catalog;
    this.risks = risks;
    this.markings = markings;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String author = Actor.starter(execution, "Raising an intelligence requirement");
    Authentication authentication =
        execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    boolean planner = authentication.getGroupIds() != null
        && authentication.getGroupIds().contains(Role.INTEL_PLANNERS.groupId());
    execution.setVariable("requirementAuthor", author);
    execution.setVariable("draftHolder", planner ? author : null);
    execution.setVariable("catalogOptions", JsonVariables.json(catalog.currentOptions()));
    execution.setVariable("riskOptions", JsonVariables.json(risks.openRisks().stream()
        .map(risk -> new Option(risk.label(), risk.id())).toList()));
    List<Option> partners = markings.all().entrySet().stream()
        .map(entry -> new Option(entry.getKey().displayName() + " (up to " + entry.getValue().label() + ")",
            entry.getKey().groupId()))
        .toList();
    execution.setVariable("partnerOptions", JsonVariables.json(partners));
  }
}
