package org.riskcycle.intelligence.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.riskcycle.access.CycleProcess;
import org.riskcycle.access.Role;
import org.riskcycle.api.EngineCaller;
import org.riskcycle.api.Page;
import org.riskcycle.api.Paging;
import org.riskcycle.api.ProblemException;
import org.riskcycle.api.ProblemType;
import org.riskcycle.intelligence.register.IntelligenceRegister;
import org.riskcycle.intelligence.register.ReleasedProduct;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Released intelligence products over REST. A partner reads only the products released to one of its groups, and
 * sees only those groups among the recipients; RiskCycle's own roles, integrators and auditors read every release.
 * A recipient group gives its feedback here or in Tasklist.
 */
@RestController
@RequestMapping("/api/v1/products")
@Tag(name = "Intelligence products")
class ProductController {

  private static final String JSON = "application/json";
  private static final String PROBLEM = "application/problem+json";

  private static final String PRODUCT = """
      {"productId": "c2a7e5d1-4b3f-4e8a-9d06-7f1b2c3d4e5f", "version": 1,
       "title": "Fentanyl courier routes at the Nogales land port",
       "summary": "Couriers favour the passenger vehicle lanes in the evening, \
      with fentanyl in gas tanks and door panels.",
       "keyJudgments": [{"judgment": "Couriers will keep using the passenger vehicle lanes through FY2027.",
         "likelihood": "LIKELY", "confidence": "MODERATE"}],
       "assumptions": "Seizure data reflects where couriers cross, not only where officers look.",
       "alternativesConsidered": "A shift to the commercial lanes; not supported by the seizures since June.",
       "handlingCaveat": "TLP_AMBER",
       "requirementQuestion": "Which routes do fentanyl couriers use at the Nogales land port?",
       "releasedBy": "releaseofficer", "releasedAt": "2026-12-10T15:30:12.406Z",
       "recipientGroups": ["partner-federal"]}""";
  private static final String LIST_EXAMPLE = "{\"items\": [" + PRODUCT + """
      ],
       "page": 0, "size": 10, "totalItems": 1, "totalPages": 1}""";
  private static final String FEEDBACK_EXAMPLE = """
      {"relevance": "HIGH", "accuracy": "HIGH", "timeliness": "MODERATE", "usefulness": "VERY_HIGH",
       "requirementSatisfied": true}""";
  private static final String INVALID_PARAMETERS_EXAMPLE = """
      {"type": "urn:riskcycle:problem:invalid-request", "title": "Invalid request", "status": 400,
       "detail": "The request has invalid parameters", "instance": "/api/v1/products",
       "errors": [{"field": "page", "message": "must be 0 or more"}]}""";
  private static final String COMMENT_REQUIRED_EXAMPLE = """
      {"type": "urn:riskcycle:problem:invalid-request", "title": "Invalid request", "status": 400,
       "detail": "The feedback is invalid",
       "instance": "/api/v1/products/c2a7e5d1-4b3f-4e8a-9d06-7f1b2c3d4e5f/feedback",
       "errors": [{"field": "feedbackComment",
         "message": "is required when the requirement is not satisfied: say what is missing"}]}""";
  private static final String UNKNOWN_RATING_EXAMPLE = """
      {"type": "urn:riskcycle:problem:invalid-request", "title": "Invalid request", "status": 400,
       "detail": "The request has invalid fields",
       "instance": "/api/v1/products/c2a7e5d1-4b3f-4e8a-9d06-7f1b2c3d4e5f/feedback",
       "errors": [{"field": "relevance", "message": "must be one of [VERY_LOW, LOW, MODERATE, HIGH, VERY_HIGH]"}]}""";
  private static final String FORBIDDEN_EXAMPLE = """
      {"type": "urn:riskcycle:problem:forbidden", "title": "Not permitted", "status": 403,
       "detail": "User 'planner' is not in a role that may do this.", "instance": "/api/v1/products"}""";
  private static final String NOT_PARTNER_EXAMPLE = """
      {"type": "urn:riskcycle:problem:forbidden", "title": "Not permitted", "status": 403,
       "detail": "User 'integrator' is not in a role that may do this.",
       "instance": "/api/v1/products/c2a7e5d1-4b3f-4e8a-9d06-7f1b2c3d4e5f/feedback"}""";
  private static final String NOT_FOUND_EXAMPLE = """
      {"type": "urn:riskcycle:problem:not-found", "title": "Not found", "status": 404,
       "detail": "No released product with id '9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d'",
       "instance": "/api/v1/products/9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"}""";
  private static final String FEEDBACK_NOT_FOUND_EXAMPLE = """
      {"type": "urn:riskcycle:problem:not-found", "title": "Not found", "status": 404,
       "detail": "No released product with id '9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d'",
       "instance": "/api/v1/products/9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d/feedback"}""";
  private static final String FEEDBACK_GIVEN_EXAMPLE = """
      {"type": "urn:riskcycle:problem:conflict", "title": "Conflict with the current state", "status": 409,
       "detail": "No feedback on product c2a7e5d1-4b3f-4e8a-9d06-7f1b2c3d4e5f is awaited from your group: \
      it was given already",
       "instance": "/api/v1/products/c2a7e5d1-4b3f-4e8a-9d06-7f1b2c3d4e5f/feedback"}""";

  /** A page of products: the shape of {@code Page<ProductView>}, named for the OpenAPI document. */
  @Schema(name = "PageProductView")
  record ProductPage(List<ProductView> items, int page, int size, long totalItems, long totalPages) {
  }

  private final IntelligenceRegister register;
  private final TaskService taskService;
  private final EngineCaller engineCaller;

  ProductController(IntelligenceRegister register, TaskService taskService, EngineCaller engineCaller) {
    this.register = register;
    this.taskService = taskService;
    this.engineCaller = engineCaller;
  }

  @Operation(summary = "List the released products the caller may read, newest release first", description = "A"
      + " partner reads only the products released to one of its groups, and sees only those groups among the"
      + " recipients. Pages are numbered from 0; size 1 to 100.", responses = {
      @ApiResponse(responseCode = "200", description = "One page of released products",
          content = @Content(mediaType = JSON, schema = @Schema(implementation = ProductPage.class),
              examples = @ExampleObject(name = "page", summary = "As federal, ?size=10", value = LIST_EXAMPLE))),
      @ApiResponse(responseCode = "400", description = "Invalid parameters, each named in errors",
          content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
              examples = @ExampleObject(name = "invalid page", summary = "?page=-1",
                  value = INVALID_PARAMETERS_EXAMPLE))),
      @ApiResponse(responseCode = "403", description = "The user is in no role that reads products",
          content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
              examples = @ExampleObject(name = "forbidden", value = FORBIDDEN_EXAMPLE)))})
  @GetMapping
  Page<ProductView> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
      Authentication caller) {
    Paging.check(page, size);
    Page<ReleasedProduct> products = register.releasedProducts(onlyPartnerGroupsOf(caller), page, size);
    return Page.of(products.items().stream().map(ProductView::of).toList(), page, size, products.totalItems());
  }

  @Operation(summary = "Read a released product", description = "404 for a product that was not released to the"
      + " caller, as for one that does not exist.", responses = {
      @ApiResponse(responseCode = "200", description = "The product as released",
          content = @Content(mediaType = JSON, schema = @Schema(implementation = ProductView.class),
              examples = @ExampleObject(name = "product", summary = "As federal", value = PRODUCT))),
      @ApiResponse(responseCode = "403", description = "The user is in no role that reads products",
          content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
              examples = @ExampleObject(name = "forbidden", value = """
                  {"type": "urn:riskcycle:problem:forbidden", "title": "Not permitted", "status": 403,
                   "detail": "User 'planner' is not in a role that may do this.",
                   "instance": "/api/v1/products/c2a7e5d1-4b3f-4e8a-9d06-7f1b2c3d4e5f"}"""))),
      @ApiResponse(responseCode = "404", description = "No product with this id was released to the caller",
          content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
              examples = @ExampleObject(name = "not released to the caller", value = NOT_FOUND_EXAMPLE)))})
  @GetMapping("/{id}")
  ProductView read(@PathVariable String id, Authentication caller) {
    return ProductView.of(visible(id, caller));
  }

  @Operation(summary = "Give the caller's group's feedback on a released product", description = "Completes the"
      + " group's feedback task, as in Tasklist. An unsatisfied requirement needs a comment saying what is missing."
      + " 409 when no feedback is awaited from the caller's groups (already given). Partners only.",
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
          mediaType = JSON, schema = @Schema(implementation = FeedbackRequest.class),
          examples = @ExampleObject(name = "feedback", value = FEEDBACK_EXAMPLE))),
      responses = {
          @ApiResponse(responseCode = "200", description = "The feedback was recorded; the body is the product",
              content = @Content(mediaType = JSON, schema = @Schema(implementation = ProductView.class),
                  examples = @ExampleObject(name = "product", summary = "As federal", value = PRODUCT))),
          @ApiResponse(responseCode = "400", description = "Invalid fields, each named in errors",
              content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                  examples = {
                      @ExampleObject(name = "comment required", summary = "Not satisfied, without a comment",
                          value = COMMENT_REQUIRED_EXAMPLE),
                      @ExampleObject(name = "unknown rating", summary = "\"relevance\": \"SUPERB\"",
                          value = UNKNOWN_RATING_EXAMPLE)})),
          @ApiResponse(responseCode = "403", description = "The user is in no partner group",
              content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                  examples = @ExampleObject(name = "forbidden", value = NOT_PARTNER_EXAMPLE))),
          @ApiResponse(responseCode = "404", description = "No product with this id was released to the caller",
              content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                  examples = @ExampleObject(name = "not released to the caller",
                      value = FEEDBACK_NOT_FOUND_EXAMPLE))),
          @ApiResponse(responseCode = "409", description = "No feedback is awaited from the caller's groups",
              content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                  examples = @ExampleObject(name = "already given", value = FEEDBACK_GIVEN_EXAMPLE)))})
  @PostMapping("/{id}/feedback")
  ProductView giveFeedback(@PathVariable String id, @Valid @RequestBody FeedbackRequest feedback,
      Authentication caller) {
    ReleasedProduct product = visible(id, caller);
    Task task = taskService.createTaskQuery().processDefinitionKey(CycleProcess.PRODUCT_FEEDBACK.key())
        .processInstanceBusinessKey(product.releaseId()).taskCandidateGroupIn(product.recipientGroups()).active()
        .list().stream().findFirst()
        .orElseThrow(() -> new ProblemException(ProblemType.CONFLICT, "No feedback on product " + id
            + " is awaited from your group: it was given already"));
    engineCaller.run(caller, "The feedback is invalid", "You may not give feedback on this product", () -> {
      taskService.complete(task.getId(), feedback.variables());
      return null;
    });
    return ProductView.of(product);
  }

  private ReleasedProduct visible(String id, Authentication caller) {
    return register.releasedProduct(id, onlyPartnerGroupsOf(caller))
        .orElseThrow(() -> ProblemException.notFound("released product", id));
  }

  /** A caller who is only a partner reads what was released to its groups; anyone else reads every release. */
  private static Optional<Set<String>> onlyPartnerGroupsOf(Authentication caller) {
    Set<String> groups = caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .collect(Collectors.toSet());
    boolean partnerOnly = groups.stream().allMatch(group -> Role.ofGroup(group).map(Role::isPartner).orElse(true));
    return partnerOnly ? Optional.of(groups) : Optional.empty();
  }
}
