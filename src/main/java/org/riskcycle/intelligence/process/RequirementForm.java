package org.riskcycle.intelligence.process;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.riskcycle.catalog.CatalogChoices;
import org.riskcycle.engine.EngineClock;
import org.riskcycle.engine.JsonVariables;
import org.riskcycle.engine.TaskInput;
import org.riskcycle.intelligence.HandlingCaveat;
import org.riskcycle.intelligence.Priority;
import org.riskcycle.intelligence.register.RequirementDraft;
import org.riskcycle.risk.RiskInformation;
import org.springframework.stereotype.Component;

/**
 * The fields of a requirement, as drafted, given at the start or refined: read and checked against the catalog, the
 * risk register and the clock, and written back as the variables that start a cycle.
 */
@Component
public class RequirementForm {

  private final CatalogChoices catalog;
  private final RiskInformation risks;

  RequirementForm(CatalogChoices catalog, RiskInformation risks) {
    this.catalog = catalog;
    this.risks = risks;
  }

  RequirementDraft read(TaskInput input) {
    String question = input.text("requirementQuestion", 2000);
    String requestedBy = input.text("requestedBy", 200);
    String decisionSupported = input.text("decisionSupported", 2000);
    Priority priority = input.code("priority", Priority.class);
    List<String> goals = input.texts("linkedGoals");
    for (String goal : goals) {
      if (catalog.currentLabel(goal).isEmpty()) {
        input.problem("linkedGoals", "contains '" + goal + "', which is no current goal or objective of the catalog");
      }
    }
    List<String> linkedRisks = input.optionalTexts("linkedRisks");
    for (String risk : linkedRisks) {
      if (risks.risk(risk).isEmpty()) {
        input.problem("linkedRisks", "contains '" + risk + "', which is no risk of the register");
      }
    }
    LocalDate latestTimeOfValue = input.date("latestTimeOfValue");
    if (latestTimeOfValue != null && !latestTimeOfValue.isAfter(EngineClock.today())) {
      input.problem("latestTimeOfValue", "must be after today (" + EngineClock.today() + ")");
    }
    HandlingCaveat caveat = input.code("handlingCaveat", HandlingCaveat.class);
    input.requireValid();
    return new RequirementDraft(question, requestedBy, decisionSupported, priority, goals, linkedRisks,
        latestTimeOfValue, caveat);
  }

  /** The variables that start a cycle with this requirement given. */
  public static VariableMap given(RequirementDraft draft) {
    return Variables.createVariables()
        .putValue("requirementGiven", true)
        .putValue("requirementQuestion", draft.requirementQuestion())
        .putValue("requestedBy", draft.requestedBy())
        .putValue("decisionSupported", draft.decisionSupported())
        .putValue("priority", draft.priority().name())
        .putValueTyped("linkedGoals", JsonVariables.json(draft.linkedGoals()))
        .putValueTyped("linkedRisks", JsonVariables.json(draft.linkedRisks()))
        .putValue("latestTimeOfValue", draft.latestTimeOfValue().toString())
        .putValue("handlingCaveat", draft.handlingCaveat().name());
  }
}
