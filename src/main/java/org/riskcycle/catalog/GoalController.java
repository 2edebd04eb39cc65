package org.riskcycle.catalog;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.riskcycle.api.ProblemException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/goals")
@Tag(name = "Goals", description = "The strategic plans, goals, objectives and measures decisions are recorded against")
class GoalController {

  private final GoalCatalog catalog;

  GoalController(GoalCatalog catalog) {
    this.catalog = catalog;
  }

  /** The catalog as plans, each with its goals, their objectives and the objectives' measures. */
  record CatalogView(List<Plan> plans) {
  }

  @GetMapping
  @Operation(summary = "List the plans with their goals, objectives and measures")
  CatalogView plans() {
    return new CatalogView(catalog.plans());
  }

  @GetMapping("/{goalId}")
  @Operation(summary = "Read one goal with its objectives and measures")
  Goal goal(@PathVariable String goalId) {
    return catalog.goal(goalId).orElseThrow(() -> ProblemException.notFound("goal", goalId));
  }
}
