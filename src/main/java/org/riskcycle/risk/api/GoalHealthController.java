package org.riskcycle.risk.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.riskcycle.api.ProblemException;
import org.riskcycle.catalog.GoalCatalog;
import org.riskcycle.engine.EngineClock;
import org.riskcycle.risk.register.GoalHealth;
import org.riskcycle.risk.register.RiskRegister;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** How a strategic goal or objective stands, from the risks recorded against it. */
@RestController
@Tag(name = "Goals")
class GoalHealthController {

  private static final String JSON = "application/json";
  private static final String PROBLEM = "application/problem+json";

  private static final String ON_TRACK_EXAMPLE = """
      {"catalogId": "VS2020-1", "health": "ON_TRACK", "risks": 1, "aboveToleranceAfterTreatment": 0,
       "awaitingDecision": 0, "overdueTreatments": 0, "lastReview": "2027-03-01T09:12:44.120Z"}""";
  private static final String WATCH_EXAMPLE = """
      {"catalogId": "VS2020-1.A", "health": "WATCH", "risks": 1, "aboveToleranceAfterTreatment": 0,
       "awaitingDecision": 1, "overdueTreatments": 0}""";
  private static final String FORBIDDEN_EXAMPLE = """
      {"type": "urn:riskcycle:problem:forbidden", "title": "Not permitted", "status": 403,
       "detail": "User 'federal' is not in a role that may do this.", "instance": "/api/v1/goals/VS2020-1/health"}""";
  private static final String NOT_FOUND_EXAMPLE = """
      {"type": "urn:riskcycle:problem:not-found", "title": "Not found", "status": 404,
       "detail": "No goal or objective with id 'VS2020-9'", "instance": "/api/v1/goals/VS2020-9/health"}""";

  private final GoalCatalog catalog;
  private final RiskRegister register;

  GoalHealthController(GoalCatalog catalog, RiskRegister register) {
    this.catalog = catalog;
    this.register = register;
  }

  @Operation(summary = "The health of a goal or objective, computed from the open risks that threaten it",
      description = "For a goal, the open risks threatening the goal or any of its objectives count; GET"
          + " /api/v1/risks?goal={id} lists them. health: AT_RISK (a risk stays above"
          + " its tolerance after treatment, or a treatment is overdue), WATCH (a risk awaits its decision), ON_TRACK,"
          + " or NO_RISKS. Partners may read the goals but not their health.", responses = {
          @ApiResponse(responseCode = "200", description = "The health of the goal or objective",
              content = @Content(mediaType = JSON, schema = @Schema(implementation = GoalHealth.class),
                  examples = {
                      @ExampleObject(name = "on track", summary = "A goal whose risk was treated and reviewed",
                          value = ON_TRACK_EXAMPLE),
                      @ExampleObject(name = "watch", summary = "An objective whose risk awaits its decision",
                          value = WATCH_EXAMPLE)})),
          @ApiResponse(responseCode = "403", description = "The user is in no role that reads the risk register",
              content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                  examples = @ExampleObject(name = "forbidden", value = FORBIDDEN_EXAMPLE))),
          @ApiResponse(responseCode = "404", description = "No goal or objective with this id",
              content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                  examples = @ExampleObject(name = "unknown goal", value = NOT_FOUND_EXAMPLE)))})
  @GetMapping("/api/v1/goals/{id}/health")
  GoalHealth health(@PathVariable String id) {
    List<String> catalogIds = catalog.idsUnder(id);
    if (catalogIds.isEmpty()) {
      throw ProblemException.notFound("goal or objective", id);
    }
    return register.goalHealth(id, catalogIds, EngineClock.today());
  }
}
