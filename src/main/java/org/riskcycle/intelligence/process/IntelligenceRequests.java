package org.riskcycle.intelligence.process;

import java.util.List;
import org.riskcycle.catalog.CatalogChoices;
import org.riskcycle.intelligence.HandlingCaveat;
import org.riskcycle.intelligence.Priority;
import org.riskcycle.intelligence.register.RequirementDraft;
import org.riskcycle.risk.IntelligenceRequested;
import org.riskcycle.risk.Level;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A risk decider's question ("what would change this decision?") becomes an intelligence requirement linked to the
 * risk and the decision, in a new cycle started in the decision's transaction. Its priority follows the risk's level;
 * it is handled TLP:AMBER until its approver decides otherwise.
 */
@Component
class IntelligenceRequests {

  private final IntelligenceCycleStarter starter;
  private final CatalogChoices catalog;

  IntelligenceRequests(IntelligenceCycleStarter starter, CatalogChoices catalog) {
    this.starter = starter;
    this.catalog = catalog;
  }

  @EventListener
  public void raiseRequirement(IntelligenceRequested request) {
    List<String> goals = request.linkedGoals().stream().filter(id -> catalog.currentLabel(id).isPresent()).toList();
    RequirementDraft draft = new RequirementDraft(request.question(),
        "Risk decider " + request.decidedBy(),
        "The treatment decision on the risk \"" + request.riskTitle() + "\" (" + request.riskLevel().label()
            + "): what would change it",
        priority(request.riskLevel()), goals, List.of(request.riskId()), request.neededBy(), HandlingCaveat.TLP_AMBER);
    starter.start(draft, null, request.decisionId());
  }

  private static Priority priority(Level riskLevel) {
    return switch (riskLevel) {
      case VERY_HIGH -> Priority.IMMEDIATE;
      case HIGH -> Priority.PRIORITY;
      default -> Priority.ROUTINE;
    };
  }
}
