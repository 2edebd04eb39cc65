package org.riskcycle.risk.api;

import io.swagger.v3.oas.annotations.Operation;
import org.riskcycle.risk.Level;
import org.riskcycle.risk.ThreatCategory;
import org.riskcycle.api.ProblemException;
import org.riskcycle.risk.register.HeatMap;
import org.riskcycle.risk.register.Page;
import org.riskcycle.risk.register.RegisteredRisk;
import org.riskcycle.risk.register.RiskHistory;
import org.riskcycle.risk.register.RiskRegister;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The risk register over REST. */
@RestController
@RequestMapping("/api/v1/risks")
class RiskController {

  private final RiskRegister register;

  RiskController(RiskRegister register) {
    this.register = register;
  }

  @Operation(summary = "List the register's risks, most recently changed first", description = "Filters: level (the"
      + " current level), category (threat category), goal (a goal or objective the risk threatens), owner (the"
      + " owner of its chosen treatment). Withdrawn risks are left out. Pages are numbered from 0; size 1 to 100.")
  @GetMapping
  Page<RegisteredRisk> risks(@RequestParam(required = false) Level level,
      @RequestParam(required = false) ThreatCategory category, @RequestParam(required = false) String goal,
      @RequestParam(required = false) String owner, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    Paging.check(page, size);
    return register.risks(level, category, goal, owner, page, size);
  }

  @Operation(summary = "A risk's history: its scores, decisions, reviews and new information over time")
  @GetMapping("/{id}/history")
  RiskHistory history(@PathVariable String id) {
    return register.history(id).orElseThrow(() -> ProblemException.notFound("risk", id));
  }

  @Operation(summary = "How many risks stand at each likelihood and impact, now and as expected after treatment",
      description = "current: by each risk's latest assessment; residual: by the residual likelihood and impact of"
          + " its latest decision (as assessed for a risk accepted within tolerance). All 25 cells are listed."
          + " Optionally only the risks threatening a goal or objective.")
  @GetMapping("/heatmap")
  HeatMap heatMap(@RequestParam(required = false) String goal) {
    return register.heatMap(goal);
  }
}
