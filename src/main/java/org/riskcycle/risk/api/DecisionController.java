package org.riskcycle.risk.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.riskcycle.api.Paging;
import org.riskcycle.api.ProblemException.FieldProblem;
import org.riskcycle.api.ProblemException;
import org.riskcycle.risk.register.DecisionRecordView;
import org.riskcycle.risk.register.RiskRegister;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The immutable decision records over REST. */
@RestController
@RequestMapping("/api/v1/decisions")
@Tag(name = "Decision records")
class DecisionController {

  private static final String JSON = "application/json";
  private static final String PROBLEM = "application/problem+json";

  private static final String DECISION = """
      {"id": "7c1f3a52-9b0e-4d61-8f2a-3e5d9c4b7a10", "assessmentId": "1e6bd047-d3cd-465f-a869-5be9213c26bd",
       "riskId": "5b5d6b6e-631c-4b65-8982-a1b367a84163", "iteration": 1, "outcome": "CHOOSE_ALTERNATIVE",
       "chosenAlternativeId": "0d9e8f7a-6b5c-4d3e-9f1a-2b3c4d5e6f70", "treatment": "CONTROL", "cost": 250000.00,
       "benefit": 900000.00, "riskLevel": "VERY_HIGH", "riskTolerance": "MODERATE", "residualLevel": "MODERATE",
       "rationale": "Two scanners close the gap in the vehicle lanes.", "decisionAuthority": "executives",
       "decidedBy": "executive", "decidedAt": "2026-11-23T00:14:20.731Z", "implementationDue": "2027-01-31",
       "goalsAndObjectives": ["VS2020-1", "VS2020-1.A"]""";
  private static final String DECISIONS_EXAMPLE = "{\"items\": [" + DECISION + """
      }],
       "page": 0, "size": 20, "totalItems": 1, "totalPages": 1}""";
  private static final String DECISIONS_CSV_EXAMPLE = """
      id,assessmentId,riskId,iteration,outcome,treatment,cost,benefit,riskLevel,riskTolerance,residualLevel,\
      rationale,decisionAuthority,decidedBy,decidedAt,implementationDue,goalsAndObjectives\r
      7c1f3a52-9b0e-4d61-8f2a-3e5d9c4b7a10,1e6bd047-d3cd-465f-a869-5be9213c26bd,\
      5b5d6b6e-631c-4b65-8982-a1b367a84163,1,CHOOSE_ALTERNATIVE,CONTROL,250000.00,900000.00,\
      VERY_HIGH,MODERATE,MODERATE,\
      Two scanners close the gap in the vehicle lanes.,executives,executive,2026-11-23T00:14:20.731Z,2027-01-31,\
      VS2020-1 VS2020-1.A\r
      """;
  private static final String DECISION_EXAMPLE = DECISION + """
      ,
       "snapshot": {
        "risk": {"riskId": "5b5d6b6e-631c-4b65-8982-a1b367a84163",
         "assessmentId": "1e6bd047-d3cd-465f-a869-5be9213c26bd", "iteration": 1,
         "context": {"title": "Fentanyl smuggling at southwest land ports, FY2027",
          "scope": "Allocation of inspection capacity for passenger vehicles at the southwest land ports in FY2027.",
          "domains": ["LAND"], "locations": ["AT_PORTS_OF_ENTRY"], "decisionLevel": "OPERATIONAL",
          "orientation": "EXTERNAL", "goalsAtStake": ["VS2020-1", "VS2020-1.A"], "riskTolerance": "MODERATE",
          "decisionDeadline": "2027-01-31", "reviewHorizon": "2027-12-31"},
         "title": "Fentanyl in vehicles", "description": "Concealed in gas tanks and door panels.",
         "threatCategory": "NARCOTICS_AND_OPIOIDS", "threatenedObjectives": ["VS2020-1.A"],
         "source": "IP-2026-0042"},
        "score": {"likelihood": "HIGH", "impact": "VERY_HIGH", "riskLevel": "VERY_HIGH", "riskTolerance": "MODERATE",
         "confidence": "HIGH", "assessedBy": "analyst"},
        "alternatives": [
         {"id": "0d9e8f7a-6b5c-4d3e-9f1a-2b3c4d5e6f70", "rank": 1, "treatment": "CONTROL",
          "description": "Two non-intrusive inspection scanners for the passenger vehicle lanes at Nogales.",
          "cost": 250000.00, "benefit": 900000.00, "residualLikelihood": "LOW", "residualImpact": "VERY_HIGH",
          "residualLevel": "MODERATE", "withinTolerance": true, "owner": "planner"},
         {"id": "4a5b6c7d-8e9f-4a0b-8c1d-2e3f4a5b6c7d", "rank": 2, "treatment": "ACCEPT",
          "description": "Keep the current inspection rate.", "cost": 0.00, "benefit": 0.00,
          "residualLikelihood": "HIGH", "residualImpact": "VERY_HIGH", "residualLevel": "VERY_HIGH",
          "withinTolerance": false, "owner": "planner"}]}}""";
  private static final String INVALID_PARAMETERS_EXAMPLE = """
      {"type": "urn:riskcycle:problem:invalid-request", "title": "Invalid request", "status": 400,
       "detail": "The request has invalid parameters", "instance": "/api/v1/decisions",
       "errors": [{"field": "to", "message": "must not be before from"}]}""";
  private static final String MALFORMED_DATE_EXAMPLE = """
      {"type": "urn:riskcycle:problem:invalid-request", "title": "Invalid request", "status": 400,
       "detail": "Parameter 'from' has an invalid value", "instance": "/api/v1/decisions",
       "errors": [{"field": "from", "message": "invalid value"}]}""";
  private static final String FORBIDDEN_EXAMPLE = """
      {"type": "urn:riskcycle:problem:forbidden", "title": "Not permitted", "status": 403,
       "detail": "User 'federal' is not in a role that may do this.", "instance": "/api/v1/decisions"}""";
  private static final String NOT_FOUND_EXAMPLE = """
      {"type": "urn:riskcycle:problem:not-found", "title": "Not found", "status": 404,
       "detail": "No decision with id 'no-such-decision'", "instance": "/api/v1/decisions/no-such-decision"}""";

  /** A page of decision records: the shape of {@code Page<DecisionRecordView>}, named for the OpenAPI document. */
  @Schema(name = "PageDecisionRecordView")
  record DecisionRecordPage(List<DecisionRecordView> items, int page, int size, long totalItems,
      long totalPages) {
  }

  private final RiskRegister register;

  DecisionController(RiskRegister register) {
    this.register = register;
  }

  @Operation(summary = "List decision records, newest first; as CSV with Accept: text/csv", description = "Filters:"
      + " goal (a goal or objective the decision was recorded against), decider (user id), from and to (dates,"
      + " inclusive). Snapshots are only in the single record. Pages are numbered from 0; size 1 to 100. As CSV, all"
      + " matching records (at most 10,000) in one file.", responses = {
          @ApiResponse(responseCode = "200", description = "One page of decision records (without snapshots), or"
              + " with Accept: text/csv all of them",
              content = {
                  @Content(mediaType = JSON, schema = @Schema(implementation = DecisionRecordPage.class),
                      examples = @ExampleObject(name = "page",
                          summary = "?goal=VS2020-1.A&decider=executive&from=2026-11-01&to=2026-11-30",
                          value = DECISIONS_EXAMPLE)),
                  @Content(mediaType = "text/csv", schema = @Schema(type = "string"),
                      examples = @ExampleObject(name = "csv", summary = "Accept: text/csv",
                          value = DECISIONS_CSV_EXAMPLE))}),
          @ApiResponse(responseCode = "400", description = "Invalid parameters, each named in errors",
              content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                  examples = {
                      @ExampleObject(name = "to before from", summary = "?from=2026-11-30&to=2026-11-01",
                          value = INVALID_PARAMETERS_EXAMPLE),
                      @ExampleObject(name = "malformed date", summary = "?from=01/11/2026",
                          value = MALFORMED_DATE_EXAMPLE)})),
          @ApiResponse(responseCode = "403", description = "The user is in no role that reads the risk register",
              content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                  examples = @ExampleObject(name = "forbidden", value = FORBIDDEN_EXAMPLE)))})
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

  @Operation(summary = "Read a decision record as it was recorded, with its snapshot of the risk and alternatives",
      responses = {
          @ApiResponse(responseCode = "200", description = "The decision record with its snapshot",
              content = @Content(mediaType = JSON, schema = @Schema(implementation = DecisionRecordView.class),
                  examples = @ExampleObject(name = "decision", value = DECISION_EXAMPLE))),
          @ApiResponse(responseCode = "403", description = "The user is in no role that reads the risk register",
              content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                  examples = @ExampleObject(name = "forbidden", value = FORBIDDEN_EXAMPLE))),
          @ApiResponse(responseCode = "404", description = "No decision record with this id",
              content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                  examples = @ExampleObject(name = "unknown decision", value = NOT_FOUND_EXAMPLE)))})
  @GetMapping("/{id}")
  DecisionRecordView decision(@PathVariable String id) {
    return register.decision(id).orElseThrow(() -> ProblemException.notFound("decision", id));
  }
}
