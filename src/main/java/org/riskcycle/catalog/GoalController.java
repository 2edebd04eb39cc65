package org.riskcycle.catalog;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.riskcycle.api.ProblemException;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/goals")
@Tag(name = "Goals", description = "The strategic plans, goals, objectives and measures decisions are recorded against")
class GoalController {

  private static final String JSON = "application/json";
  private static final String PROBLEM = "application/problem+json";

  // Examples as in docs/api.md; the catalog is shortened to two of its plans, one goal each
  private static final String PLANS_EXAMPLE = """
      {"plans": [{"id": "BSIP2018", "title": "Fiscal Year 2018 Border Security Improvement Plan",
        "issuer": "U.S. Customs and Border Protection", "period": "Fiscal Year 2018",
        "source": {"file": "000_0a7068bb58fb9468.txt", "line": 9},
        "goals": [{"id": "BSIP2018-1", "planId": "BSIP2018", "code": "1",
          "title": "Enhance understanding of border threats and risks",
          "source": {"file": "000_0a7068bb58fb9468.txt", "line": 37}, "retired": false, "objectives": []}]},
       {"id": "VS2020", "title": "VISION AND STRATEGY 2020", "issuer": "U.S. Customs and Border Protection",
        "source": {"file": "004_ac97687c675692a5.txt", "line": 3},
        "goals": [{"id": "VS2020-1", "planId": "VS2020", "code": "1",
          "title": "COUNTER TERRORISM AND TRANSNATIONAL CRIME",
          "source": {"file": "004_ac97687c675692a5.txt", "line": 147}, "retired": false,
          "objectives": [{"id": "VS2020-1.A", "goalId": "VS2020-1", "code": "1.A",
            "title": "UNDERSTAND THE THREAT ENVIRONMENT",
            "source": {"file": "004_ac97687c675692a5.txt", "line": 196}, "retired": false, "measures": []}]}]}]}""";
  private static final String GOAL_EXAMPLE = """
      {"id": "VS2020-1", "planId": "VS2020", "code": "1", "title": "COUNTER TERRORISM AND TRANSNATIONAL CRIME",
       "description": "Support the President's *National Security Strategy* and counter-terrorism efforts, \
      promote the national elements of power (*to include: diplomatic, information, economic, financial, \
      intelligence, and law enforcement*), contribute to and lead a whole-of-government approach to national \
      security, and promote the safety of the American people.",
       "source": {"file": "004_ac97687c675692a5.txt", "line": 147}, "retired": false,
       "objectives": [{"id": "VS2020-1.A", "goalId": "VS2020-1", "code": "1.A",
         "title": "UNDERSTAND THE THREAT ENVIRONMENT",
         "description": "To maintain a continuous understanding of the dynamic and asymmetric global threat \
      environment, CBP must enhance its ability to collect, analyze, and appropriately share intelligence and \
      information.",
         "source": {"file": "004_ac97687c675692a5.txt", "line": 196}, "retired": false, "measures": []}]}""";
  private static final String NOT_FOUND_EXAMPLE = """
      {"type": "urn:riskcycle:problem:not-found", "title": "Not found", "status": 404,
       "detail": "No goal with id 'VS2020-9'", "instance": "/api/v1/goals/VS2020-9"}""";
  private static final String FORBIDDEN_EXAMPLE = """
      {"type": "urn:riskcycle:problem:forbidden", "title": "Not permitted", "status": 403,
       "detail": "User 'norole' is not in a role that may do this.", "instance": "/api/v1/goals"}""";

  private final GoalCatalog catalog;

  GoalController(GoalCatalog catalog) {
    this.catalog = catalog;
  }

  /** The catalog as plans, each with its goals, their objectives and the objectives' measures. */
  record CatalogView(List<Plan> plans) {
  }

  @GetMapping
  @Operation(summary = "List the plans with their goals, objectives and measures", responses = {
      @ApiResponse(responseCode = "200", description = "The whole catalog: four plans, about 29 KB",
          content = @Content(mediaType = JSON, schema = @Schema(implementation = CatalogView.class),
              examples = @ExampleObject(name = "catalog", value = PLANS_EXAMPLE))),
      @ApiResponse(responseCode = "403", description = "The user is in none of RiskCycle's roles",
          content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
              examples = @ExampleObject(name = "forbidden", value = FORBIDDEN_EXAMPLE)))})
  CatalogView plans() {
    return new CatalogView(catalog.plans());
  }

  @GetMapping("/{goalId}")
  @Operation(summary = "Read one goal with its objectives and measures", description = "By goal id only: an"
      + " objective id is not a goal.", responses = {
      @ApiResponse(responseCode = "200", description = "The goal with all its objectives",
          content = @Content(mediaType = JSON, schema = @Schema(implementation = Goal.class),
              examples = @ExampleObject(name = "goal", summary = "VS2020-1, objectives VS2020-1.B and VS2020-1.C"
                  + " left out", value = GOAL_EXAMPLE))),
      @ApiResponse(responseCode = "403", description = "The user is in none of RiskCycle's roles",
          content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
              examples = @ExampleObject(name = "forbidden", value = FORBIDDEN_EXAMPLE))),
      @ApiResponse(responseCode = "404", description = "No goal with this id",
          content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
              examples = @ExampleObject(name = "unknown goal", value = NOT_FOUND_EXAMPLE)))})
  Goal goal(@PathVariable String goalId) {
    return catalog.goal(goalId).orElseThrow(() -> ProblemException.notFound("goal", goalId));
  }
}
