package org.riskcycle.risk.api;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import org.riskcycle.api.ProblemException;
import org.riskcycle.api.ProblemException.FieldProblem;
import org.riskcycle.risk.register.DecisionRecordView;
import org.riskcycle.risk.register.Page;
import org.riskcycle.risk.register.RiskRegister;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
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

  @Operation(summary = "List decision records, newest first", description = "Filters: goal (a goal or objective the"
      + " decision was recorded against), decider (user id), from and to (dates, inclusive). Snapshots are only in"
      + " the single record. Pages are numbered from 0; size 1 to 100.")
  @GetMapping
  Page<DecisionRecordView> decisions(@RequestParam(required = false) String goal,
      @RequestParam(required = false) String decider,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
    if (from != null && to != null && to.isBefore(from)) {
      Paging.check(page, size, new FieldProblem("to", "must not be before from"));
    }
    Paging.check(page, size);
    return register.decisions(goal, decider, from, to, page, size);
  }

  @Operation(summary = "Read a decision record as it was recorded, with its snapshot of the risk and alternatives")
  @GetMapping("/{id}")
  DecisionRecordView decision(@PathVariable String id) {
    return register.decision(id).orElseThrow(() -> ProblemException.notFound("decision", id));
  }
}
