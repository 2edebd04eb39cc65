package org.riskcycle.catalog;

import java.util.List;
import java.util.Optional;
import org.riskcycle.catalog.internal.CatalogTables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The strategic plans, goals and objectives that decisions are recorded against. */
@Service
@Transactional(readOnly = true)
public class GoalCatalog {

  private final CatalogTables tables;

  GoalCatalog(CatalogTables tables) {
    this.tables = tables;
  }

  /** The current plans with their current goals, objectives and measures. */
  public List<Plan> plans() {
    return tables.readAll().stream()
        .map(plan -> new Plan(plan.id(), plan.title(), plan.issuer(), plan.period(), plan.source(),
            plan.goals().stream().filter(goal -> !goal.retired()).map(GoalCatalog::withoutRetired).toList()))
        .toList();
  }

  /** A goal of a current plan by id, retired or not, with its current objectives. */
  public Optional<Goal> goal(String goalId) {
    return tables.readAll().stream()
        .flatMap(plan -> plan.goals().stream())
        .filter(goal -> goal.id().equals(goalId))
        .map(GoalCatalog::withoutRetired)
        .findFirst();
  }

  /** An objective of a current plan by id, retired or not. */
  public Optional<Objective> objective(String objectiveId) {
    return tables.readAll().stream()
        .flatMap(plan -> plan.goals().stream())
        .flatMap(goal -> goal.objectives().stream())
        .filter(objective -> objective.id().equals(objectiveId))
        .findFirst();
  }

  private static Goal withoutRetired(Goal goal) {
    return new Goal(goal.id(), goal.planId(), goal.code(), goal.title(), goal.description(), goal.source(),
        goal.retired(), goal.objectives().stream()
        .filter(objective -> !objective.retired())
        .map(objective -> new Objective(objective.id(), objective.goalId(), objective.code(), objective.title(),
            objective.description(), objective.source(), objective.retired(),
            objective.measures().stream().filter(measure -> !measure.retired()).toList()))
        .toList());
  }
}
