package org.riskcycle.risk.api;

import org.riskcycle.api.Paging;
import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.riskcycle.api.ProblemException;
import org.riskcycle.api.ProblemException.FieldProblem;
import org.riskcycle.risk.register.DecisionRecordView;
import org.riskcycle.risk.register.RiskRegister;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The immutable decision records over REST. */
@RestController
@RequestMapping("/api/v1/decisions")
class DecisionController {

  private final RiskRegister register;

  DecisionController(RiskRegister register) {
    this.register = register;
  }

  @Operation(summary = "List decision records, newest first; as CSV with Accept: text/csv", description = "Filters:"
      + " goal (a goal or objective the decision was recorded against), decider (user id), from and to (dates,"
      + " inclusive). Snapshots are only in the single record. Pages are numbered from 0; size 1 to 100. As CSV, all"
      + " matching records (at most 10,000) in one file.")
  @GetMapping
  ResponseEntity<?> decisions(@RequestParam(required = false) String goal,
      @RequestParam(required = false) String decider,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
    if (from != null && to != null && to.isBefore(from)) {
      Paging.check(page, size, new FieldProblem("to", "must not be before from"));
    }
    if (!Csv.requested(accept)) {
      Paging.check(page, size);
      return ResponseEntity.ok(register.decisions(goal, decider, from, to, page, size));
    }
    List<List<Object>> rows = new ArrayList<>();
    for (DecisionRecordView d : register.decisions(goal, decider, from, to, 0, Csv.MAX_ROWS).items()) {
      rows.add(Arrays.asList(d.id(), d.assessmentId(), d.riskId(), d.iteration(), d.outcome(), d.treatment(),
          d.cost(), d.benefit(), d.riskLevel(), d.riskTolerance(), d.residualLevel(), d.rationale(),
          d.decisionAuthority(), d.decidedBy(), d.decidedAt(), d.implementationDue(), d.goalsAndObjectives()));
    }
    return Csv.response(List.of("id", "assessmentId", "riskId", "iteration", "outcome", "treatment", "cost",
        "benefit", "riskLevel", "riskTolerance", "residualLevel", "rationale", "decisionAuthority", "decidedBy",
        "decidedAt", "implementationDue", "goalsAndObjectives"), rows);
  }

  @Operation(summary = "Read a decision record as it was recorded, with its snapshot of the risk and alternatives")
  @GetMapping("/{id}")
  DecisionRecordView decision(@PathVariable String id) {
    return register.decision(id).orElseThrow(() -> ProblemException.notFound("decision", id));
  }
}
