package org.riskcycle.risk.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.riskcycle.api.Paging;
import org.riskcycle.api.ProblemException;
import org.riskcycle.catalog.GoalCatalog;
import org.riskcycle.risk.Level;
import org.riskcycle.risk.ThreatCategory;
import org.riskcycle.risk.register.HeatMap;
import org.riskcycle.risk.register.RegisteredRisk;
import org.riskcycle.risk.register.RiskHistory;
import org.riskcycle.risk.register.RiskRegister;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The risk register over REST. */
@RestController
@RequestMapping("/api/v1/risks")
@Tag(name = "Risk register")
class RiskController {

  private static final String JSON = "application/json";
  private static final String PROBLEM = "application/problem+json";

  private static final String RISK = """
      {"id": "5b5d6b6e-631c-4b65-8982-a1b367a84163", "assessmentId": "1e6bd047-d3cd-465f-a869-5be9213c26bd",
       "title": "Fentanyl in vehicles", "threatCategory": "NARCOTICS_AND_OPIOIDS", "status": "MONITORED",
       "currentLevel": "VERY_HIGH", "residualLevel": "MODERATE", "owner": "planner",
       "threatenedObjectives": ["VS2020-1.A"], "updatedAt": "2027-03-01T09:12:44.120Z"}""";
  private static final String RISKS_EXAMPLE = "{\"items\": [" + RISK + """
      ],
       "page": 0, "size": 20, "totalItems": 1, "totalPages": 1}""";
  private static final String RISKS_CSV_EXAMPLE = """
      id,assessmentId,title,threatCategory,status,currentLevel,residualLevel,owner,threatenedObjectives,updatedAt\r
      5b5d6b6e-631c-4b65-8982-a1b367a84163,1e6bd047-d3cd-465f-a869-5be9213c26bd,Fentanyl in vehicles,\
      NARCOTICS_AND_OPIOIDS,MONITORED,VERY_HIGH,MODERATE,planner,VS2020-1.A,2027-03-01T09:12:44.120Z\r
      """;
  private static final String HISTORY_EXAMPLE = "{\"risk\": " + RISK + """
      ,
       "scores": [
        {"kind": "ASSESSMENT", "iteration": 1, "likelihood": "HIGH", "impact": "VERY_HIGH", "riskLevel": "VERY_HIGH",
         "riskTolerance": "MODERATE", "exceedsTolerance": true, "confidence": "HIGH",
         "rationale": "Seizures and reporting agree.", "scoredBy": "analyst", "scoredAt": "2026-11-23T00:13:58.102Z"},
        {"kind": "REVIEW", "iteration": 1, "likelihood": "LOW", "impact": "VERY_HIGH", "riskLevel": "MODERATE",
         "riskTolerance": "MODERATE", "exceedsTolerance": false, "scoredBy": "riskmanager",
         "scoredAt": "2027-03-01T09:12:44.120Z"}],
       "decisions": [
        {"id": "7c1f3a52-9b0e-4d61-8f2a-3e5d9c4b7a10", "iteration": 1, "outcome": "CHOOSE_ALTERNATIVE",
         "treatment": "CONTROL", "cost": 250000.00, "benefit": 900000.00, "riskLevel": "VERY_HIGH",
         "residualLevel": "MODERATE", "rationale": "Two scanners close the gap in the vehicle lanes.",
         "decisionAuthority": "executives", "decidedBy": "executive", "decidedAt": "2026-11-23T00:14:20.731Z"}],
       "reviews": [
        {"outcome": "EFFECTIVE", "observedLevel": "MODERATE", "expectedLevel": "MODERATE",
         "observedEffect": "Seizures in the vehicle lanes doubled after the scanners went in.",
         "reviewedBy": "riskmanager", "reviewedAt": "2027-03-01T09:12:44.120Z"}],
       "information": []}""";
  private static final String HEATMAP_EXAMPLE = """
      {"current": [
        {"likelihood": "VERY_LOW", "impact": "VERY_LOW", "count": 0},
        {"likelihood": "VERY_LOW", "impact": "LOW", "count": 0},
        {"likelihood": "VERY_LOW", "impact": "MODERATE", "count": 0},
        {"likelihood": "VERY_LOW", "impact": "HIGH", "count": 0},
        {"likelihood": "VERY_LOW", "impact": "VERY_HIGH", "count": 0},
        {"likelihood": "LOW", "impact": "VERY_LOW", "count": 0},
        {"likelihood": "LOW", "impact": "LOW", "count": 0},
        {"likelihood": "LOW", "impact": "MODERATE", "count": 0},
        {"likelihood": "LOW", "impact": "HIGH", "count": 0},
        {"likelihood": "LOW", "impact": "VERY_HIGH", "count": 0},
        {"likelihood": "MODERATE", "impact": "VERY_LOW", "count": 0},
        {"likelihood": "MODERATE", "impact": "LOW", "count": 0},
        {"likelihood": "MODERATE", "impact": "MODERATE", "count": 0},
        {"likelihood": "MODERATE", "impact": "HIGH", "count": 0},
        {"likelihood": "MODERATE", "impact": "VERY_HIGH", "count": 0},
        {"likelihood": "HIGH", "impact": "VERY_LOW", "count": 0},
        {"likelihood": "HIGH", "impact": "LOW", "count": 0},
        {"likelihood": "HIGH", "impact": "MODERATE", "count": 0},
        {"likelihood": "HIGH", "impact": "HIGH", "count": 0},
        {"likelihood": "HIGH", "impact": "VERY_HIGH", "count": 1, "level": "VERY_HIGH"},
        {"likelihood": "VERY_HIGH", "impact": "VERY_LOW", "count": 0},
        {"likelihood": "VERY_HIGH", "impact": "LOW", "count": 0},
        {"likelihood": "VERY_HIGH", "impact": "MODERATE", "count": 0},
        {"likelihood": "VERY_HIGH", "impact": "HIGH", "count": 0},
        {"likelihood": "VERY_HIGH", "impact": "VERY_HIGH", "count": 0}],
       "residual": [
        {"likelihood": "VERY_LOW", "impact": "VERY_LOW", "count": 0},
        {"likelihood": "VERY_LOW", "impact": "LOW", "count": 0},
        {"likelihood": "VERY_LOW", "impact": "MODERATE", "count": 0},
        {"likelihood": "VERY_LOW", "impact": "HIGH", "count": 0},
        {"likelihood": "VERY_LOW", "impact": "VERY_HIGH", "count": 0},
        {"likelihood": "LOW", "impact": "VERY_LOW", "count": 0},
        {"likelihood": "LOW", "impact": "LOW", "count": 0},
        {"likelihood": "LOW", "impact": "MODERATE", "count": 0},
        {"likelihood": "LOW", "impact": "HIGH", "count": 0},
        {"likelihood": "LOW", "impact": "VERY_HIGH", "count": 1, "level": "MODERATE"},
        {"likelihood": "MODERATE", "impact": "VERY_LOW", "count": 0},
        {"likelihood": "MODERATE", "impact": "LOW", "count": 0},
        {"likelihood": "MODERATE", "impact": "MODERATE", "count": 0},
        {"likelihood": "MODERATE", "impact": "HIGH", "count": 0},
        {"likelihood": "MODERATE", "impact": "VERY_HIGH", "count": 0},
        {"likelihood": "HIGH", "impact": "VERY_LOW", "count": 0},
        {"likelihood": "HIGH", "impact": "LOW", "count": 0},
        {"likelihood": "HIGH", "impact": "MODERATE", "count": 0},
        {"likelihood": "HIGH", "impact": "HIGH", "count": 0},
        {"likelihood": "HIGH", "impact": "VERY_HIGH", "count": 0},
        {"likelihood": "VERY_HIGH", "impact": "VERY_LOW", "count": 0},
        {"likelihood": "VERY_HIGH", "impact": "LOW", "count": 0},
        {"likelihood": "VERY_HIGH", "impact": "MODERATE", "count": 0},
        {"likelihood": "VERY_HIGH", "impact": "HIGH", "count": 0},
        {"likelihood": "VERY_HIGH", "impact": "VERY_HIGH", "count": 0}]}""";
  private static final String INVALID_PARAMETERS_EXAMPLE = """
      {"type": "urn:riskcycle:problem:invalid-request", "title": "Invalid request", "status": 400,
       "detail": "The request has invalid parameters", "instance": "/api/v1/risks",
       "errors": [{"field": "size", "message": "must be 1 to 100"}]}""";
  private static final String UNKNOWN_CODE_EXAMPLE = """
      {"type": "urn:riskcycle:problem:invalid-request", "title": "Invalid request", "status": 400,
       "detail": "Parameter 'category' has an invalid value", "instance": "/api/v1/risks",
       "errors": [{"field": "category", "message": "invalid value"}]}""";
  private static final String FORBIDDEN_EXAMPLE = """
      {"type": "urn:riskcycle:problem:forbidden", "title": "Not permitted", "status": 403,
       "detail": "User 'federal' is not in a role that may do this.", "instance": "/api/v1/risks"}""";
  private static final String NOT_FOUND_EXAMPLE = """
      {"type": "urn:riskcycle:problem:not-found", "title": "Not found", "status": 404,
       "detail": "No risk with id 'no-such-risk'", "instance": "/api/v1/risks/no-such-risk/history"}""";

  /** A page of risks: the shape of {@code Page<RegisteredRisk>}, named for the OpenAPI document. */
  @Schema(name = "PageRegisteredRisk")
  record RegisteredRiskPage(List<RegisteredRisk> items, int page, int size, long totalItems, long totalPages) {
  }

  private final RiskRegister register;
  private final GoalCatalog catalog;

  RiskController(RiskRegister register, GoalCatalog catalog) {
    this.register = register;
    this.catalog = catalog;
  }

  @Operation(summary = "List the register's risks, most recently changed first; as CSV with Accept: text/csv",
      description = "Filters: level (the current level), category (threat category), goal (a goal or objective the"
          + " risk threatens; a goal includes its objectives), owner (the owner of its chosen treatment). Withdrawn"
          + " risks are left out. Pages are numbered from 0; size 1 to 100. As CSV, all matching risks (at most"
          + " 10,000) in one file.",
      responses = {
          @ApiResponse(responseCode = "200", description = "One page of risks, or with Accept: text/csv all of them",
              content = {
                  @Content(mediaType = JSON, schema = @Schema(implementation = RegisteredRiskPage.class),
                      examples = @ExampleObject(name = "page", summary = "?level=VERY_HIGH&goal=VS2020-1.A",
                          value = RISKS_EXAMPLE)),
                  @Content(mediaType = "text/csv", schema = @Schema(type = "string"),
                      examples = @ExampleObject(name = "csv", summary = "Accept: text/csv",
                          value = RISKS_CSV_EXAMPLE))}),
          @ApiResponse(responseCode = "400", description = "Invalid parameters, each named in errors",
              content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                  examples = {
                      @ExampleObject(name = "invalid size", summary = "?size=500", value = INVALID_PARAMETERS_EXAMPLE),
                      @ExampleObject(name = "unknown code", summary = "?category=PIRACY",
                          value = UNKNOWN_CODE_EXAMPLE)})),
          @ApiResponse(responseCode = "403", description = "The user is in no role that reads the risk register",
              content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                  examples = @ExampleObject(name = "forbidden", value = FORBIDDEN_EXAMPLE)))})
  @GetMapping
  ResponseEntity<?> risks(@RequestParam(required = false) Level level,
      @RequestParam(required = false) ThreatCategory category, @RequestParam(required = false) String goal,
      @RequestParam(required = false) String owner, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size,
      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
    if (!Csv.requested(accept)) {
      Paging.check(page, size);
      return ResponseEntity.ok(register.risks(level, category, threatened(goal), owner, page, size));
    }
    List<List<Object>> rows = new ArrayList<>();
    for (RegisteredRisk risk : register.risks(level, category, threatened(goal), owner, 0, Csv.MAX_ROWS).items()) {
      rows.add(Arrays.asList(risk.id(), risk.assessmentId(), risk.title(), risk.threatCategory(), risk.status(),
          risk.currentLevel(), risk.residualLevel(), risk.owner(), risk.threatenedObjectives(), risk.updatedAt()));
    }
    return Csv.response(List.of("id", "assessmentId", "title", "threatCategory", "status", "currentLevel",
        "residualLevel", "owner", "threatenedObjectives", "updatedAt"), rows);
  }

  @Operation(summary = "A risk's history: its scores, decisions, reviews and new information over time",
      description = "Oldest first in each list.", responses = {
          @ApiResponse(responseCode = "200", description = "The risk and its history",
              content = @Content(mediaType = JSON, schema = @Schema(implementation = RiskHistory.class),
                  examples = @ExampleObject(name = "history", summary = "Decided, treated and reviewed",
                      value = HISTORY_EXAMPLE))),
          @ApiResponse(responseCode = "403", description = "The user is in no role that reads the risk register",
              content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                  examples = @ExampleObject(name = "forbidden", value = FORBIDDEN_EXAMPLE))),
          @ApiResponse(responseCode = "404", description = "No risk with this id",
              content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                  examples = @ExampleObject(name = "unknown risk", value = NOT_FOUND_EXAMPLE)))})
  @GetMapping("/{id}/history")
  RiskHistory history(@PathVariable String id) {
    return register.history(id).orElseThrow(() -> ProblemException.notFound("risk", id));
  }

  @Operation(summary = "How many risks stand at each likelihood and impact, now and as expected after treatment",
      description = "current: by each risk's latest assessment; residual: by the residual likelihood and impact of"
          + " its latest decision (as assessed for a risk accepted within tolerance). Open risks only: withdrawn and"
          + " closed ones are left out. All 25 cells are listed, each with the highest level recorded for its risks"
          + " (none when empty). Optionally only the risks threatening a goal (or one of its objectives) or an"
          + " objective.", responses = {
          @ApiResponse(responseCode = "200", description = "The 25 cells, current and residual",
              content = @Content(mediaType = JSON, schema = @Schema(implementation = HeatMap.class),
                  examples = @ExampleObject(name = "heat map", summary = "?goal=VS2020-1.A",
                      value = HEATMAP_EXAMPLE))),
          @ApiResponse(responseCode = "403", description = "The user is in no role that reads the risk register",
              content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                  examples = @ExampleObject(name = "forbidden", value = FORBIDDEN_EXAMPLE)))})
  @GetMapping("/heatmap")
  HeatMap heatMap(@RequestParam(required = false) String goal) {
    return register.heatMap(threatened(goal));
  }

  /** The catalog ids a goal filter stands for: the goal and its objectives, or the objective; null without filter. */
  private List<String> threatened(String goal) {
    if (goal == null) {
      return null;
    }
    List<String> catalogIds = catalog.idsUnder(goal);
    return catalogIds.isEmpty() ? List.of(goal) : catalogIds;
  }
}
