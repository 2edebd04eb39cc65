package org.riskcycle.risk.api;

import org.riskcycle.api.Paging;
import io.swagger.v3.oas.annotations.Operation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.riskcycle.risk.Level;
import org.riskcycle.risk.ThreatCategory;
import org.riskcycle.api.ProblemException;
import org.riskcycle.risk.register.HeatMap;
import org.riskcycle.risk.register.RegisteredRisk;
import org.riskcycle.risk.register.RiskHistory;
import org.riskcycle.risk.register.RiskRegister;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
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

  @Operation(summary = "List the register's risks, most recently changed first; as CSV with Accept: text/csv",
      description = "Filters: level (the current level), category (threat category), goal (a goal or objective the"
          + " risk threatens), owner (the owner of its chosen treatment). Withdrawn risks are left out. Pages are"
          + " numbered from 0; size 1 to 100. As CSV, all matching risks (at most 10,000) in one file.")
  @GetMapping
  ResponseEntity<?> risks(@RequestParam(required = false) Level level,
      @RequestParam(required = false) ThreatCategory category, @RequestParam(required = false) String goal,
      @RequestParam(required = false) String owner, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size,
      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
    if (!Csv.requested(accept)) {
      Paging.check(page, size);
      return ResponseEntity.ok(register.risks(level, category, goal, owner, page, size));
    }
    List<List<Object>> rows = new ArrayList<>();
    for (RegisteredRisk risk : register.risks(level, category, goal, owner, 0, Csv.MAX_ROWS).items()) {
      rows.add(Arrays.asList(risk.id(), risk.assessmentId(), risk.title(), risk.threatCategory(), risk.status(),
          risk.currentLevel(), risk.residualLevel(), risk.owner(), risk.threatenedObjectives(), risk.updatedAt()));
    }
    return Csv.response(List.of("id", "assessmentId", "title", "threatCategory", "status", "currentLevel",
        "residualLevel", "owner", "threatenedObjectives", "updatedAt"), rows);
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
