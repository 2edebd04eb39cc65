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
    return tables.currentPlans();
  }

  /** A goal of a current plan by id, retired or not, with its current objectives. */
  public Optional<Goal> goal(String goalId) {
    return tables.goal(goalId);
  }

  /**
   * The ids a goal or objective stands for when risks or decisions are counted against it: a goal's own with its
   * current objectives', an objective's alone; none if the catalog has neither.
   */
  public List<String> idsUnder(String catalogId) {
    return goal(catalogId).map(Goal::catalogIds)
        .orElseGet(() -> objective(catalogId).map(objective -> List.of(objective.id())).orElse(List.of()));
  }

  /** An objective of a current plan by id, retired or not, with its current measures. */
  public Optional<Objective> objective(String objectiveId) {
    return tables.objective(objectiveId);
  }
}
