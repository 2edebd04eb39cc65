package org.riskcycle.risk.api;

import io.swagger.v3.oas.annotations.Operation;
import java.util.ArrayList;
import java.util.List;
import org.riskcycle.api.ProblemException;
import org.riskcycle.catalog.GoalCatalog;
import org.riskcycle.catalog.Objective;
import org.riskcycle.engine.EngineClock;
import org.riskcycle.risk.register.GoalHealth;
import org.riskcycle.risk.register.RiskRegister;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** How a strategic goal or objective stands, from the risks recorded against it. */
@RestController
class GoalHealthController {

  private final GoalCatalog catalog;
  private final RiskRegister register;

  GoalHealthController(GoalCatalog catalog, RiskRegister register) {
    this.catalog = catalog;
    this.register = register;
  }

  @Operation(summary = "The health of a goal or objective, computed from the risks that threaten it", description =
      "For a goal, the risks threatening the goal or any of its objectives count. health: AT_RISK (a risk stays above"
          + " its tolerance after treatment, or a treatment is overdue), WATCH (a risk awaits its decision), ON_TRACK,"
          + " or NO_RISKS.")
  @GetMapping("/api/v1/goals/{id}/health")
  GoalHealth health(@PathVariable String id) {
    List<String> catalogIds = new ArrayList<>();
    catalog.goal(id).ifPresentOrElse(goal -> {
      catalogIds.add(goal.id());
      goal.objectives().stream().map(Objective::id).forEach(catalogIds::add);
    }, () -> catalog.objective(id).map(Objective::id).ifPresent(catalogIds::add));
    if (catalogIds.isEmpty()) {
      throw ProblemException.notFound("goal or objective", id);
    }
    return register.goalHealth(id, catalogIds, EngineClock.today());
  }
}
