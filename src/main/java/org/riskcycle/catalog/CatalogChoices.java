package org.riskcycle.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.riskcycle.engine.JsonVariables;
import org.riskcycle.engine.Option;
import org.springframework.stereotype.Component;

/**
 * Offers the current goals and objectives of the catalog to the "define the context" form ({@code catalogOptions}),
 * and names catalog entries for the forms that show them.
 */
@Component("catalogChoices")
public class CatalogChoices implements ExecutionListener {

  private final GoalCatalog catalog;

  CatalogChoices(GoalCatalog catalog) {
    this.catalog = catalog;
  }

  @Override
  public void notify(DelegateExecution execution) {
    execution.setVariable("catalogOptions", JsonVariables.json(currentOptions()));
  }

  public List<Option> currentOptions() {
    List<Option> options = new ArrayList<>();
    for (Plan plan : catalog.plans()) {
      for (Goal goal : plan.goals()) {
        options.add(new Option(label(goal), goal.id()));
        for (Objective objective : goal.objectives()) {
          options.add(new Option(label(plan.id(), objective), objective.id()));
        }
      }
    }
    return options;
  }

  /** The label of a goal or objective that is current (neither it nor its goal retired), if the id is one. */
  public Optional<String> currentLabel(String catalogId) {
    Optional<Goal> goal = catalog.goal(catalogId);
    if (goal.isPresent()) {
      return goal.filter(g -> !g.retired()).map(CatalogChoices::label);
    }
    return catalog.objective(catalogId)
        .filter(objective -> !objective.retired())
        .filter(objective -> catalog.goal(objective.goalId()).filter(g -> !g.retired()).isPresent())
        .map(objective -> label(catalog.goal(objective.goalId()).orElseThrow().planId(), objective));
  }

  private static String label(Goal goal) {
    return goal.planId() + " goal " + goal.code() + ": " + goal.title();
  }

  private static String label(String planId, Objective objective) {
    return planId + " objective " + objective.code() + ": " + objective.title();
  }
}
