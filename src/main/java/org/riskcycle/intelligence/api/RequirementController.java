package org.riskcycle.intelligence.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.riskcycle.access.CycleProcess;
import org.riskcycle.api.EngineCaller;
import org.riskcycle.api.Page;
import org.riskcycle.api.Paging;
import org.riskcycle.api.ProblemException;
import org.riskcycle.intelligence.process.RequirementForm;
import org.riskcycle.intelligence.register.IntelligenceRegister;
import org.riskcycle.intelligence.register.Requirement;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Intelligence requirements over REST: raise one, which starts its cycle; list them; read where one stands. */
@RestController
@RequestMapping("/api/v1/requirements")
@Tag(name = "Intelligence requirements")
class RequirementController {

  private static final String JSON = "application/json";
  private static final String PROBLEM = "application/problem+json";

  private static final String DRAFT = """
      {"requirementQuestion": "Which routes do fentanyl couriers use at the Nogales land port?",
       "requestedBy": "Field Office Tucson", "decisionSupported": "Where to place the two new scanners",
       "priority": "PRIORITY", "linkedGoals": ["VS2020-1.A"], "linkedRisks": [],
       "latestTimeOfValue": "2026-12-31", "handlingCaveat": "TLP_AMBER"}""";
  private static final String RAISED_EXAMPLE = """
      {"id": "3f6c2b9e-8a41-4f0d-b7e2-5c9a1d3e6f28", "status": "PROPOSED", "requirement": """ + DRAFT + """
      ,
       "author": "integrator", "raisedAt": "2026-11-23T00:15:02.318Z",
       "openTasks": [{"id": "f1e2d3c4-e6d2-11f1-af4e-02fc00000001", "name": "Approve the requirement",
         "taskDefinitionKey": "Task_ApproveRequirement", "candidateGroups": ["intel-planners"]}]}""";
  private static final String APPROVED = """
      {"id": "3f6c2b9e-8a41-4f0d-b7e2-5c9a1d3e6f28", "status": "APPROVED", "requirement": """ + DRAFT + """
      ,
       "author": "integrator", "raisedAt": "2026-11-23T00:15:02.318Z", "approvedBy": "intelplanner",
       "approvedAt": "2026-11-23T08:41:10.052Z",""";
  private static final String APPROVED_EXAMPLE = APPROVED + """

       "openTasks": [{"id": "0a1b2c3d-e6f2-11f1-af4e-02fc00000001", "name": "Plan the collection",
         "taskDefinitionKey": "Task_PlanCollection", "candidateGroups": ["collection-managers"]}]}""";
  private static final String LIST_EXAMPLE = "{\"items\": [" + APPROVED + """
       "openTasks": []}],
       "page": 0, "size": 20, "totalItems": 1, "totalPages": 1}""";
  private static final String MISSING_FIELD_EXAMPLE = """
      {"type": "urn:riskcycle:problem:invalid-request", "title": "Invalid request", "status": 400,
       "detail": "The request has invalid fields", "instance": "/api/v1/requirements",
       "errors": [{"field": "requirementQuestion", "message": "must not be blank"}]}""";
  private static final String REFUSED_EXAMPLE = """
      {"type": "urn:riskcycle:problem:invalid-request", "title": "Invalid request", "status": 400,
       "detail": "The requirement is invalid", "instance": "/api/v1/requirements",
       "errors": [
         {"field": "linkedGoals", "message": "contains 'NOPE-9', which is no current goal or objective of the catalog"},
         {"field": "latestTimeOfValue", "message": "must be after today (2026-11-23)"}]}""";
  private static final String INVALID_PARAMETERS_EXAMPLE = """
      {"type": "urn:riskcycle:problem:invalid-request", "title": "Invalid request", "status": 400,
       "detail": "The request has invalid parameters", "instance": "/api/v1/requirements",
       "errors": [{"field": "size", "message": "must be 1 to 100"}]}""";
  private static final String MAY_NOT_RAISE_EXAMPLE = """
      {"type": "urn:riskcycle:problem:forbidden", "title": "Not permitted", "status": 403,
       "detail": "User 'auditor' is not in a role that may do this.", "instance": "/api/v1/requirements"}""";
  private static final String FORBIDDEN_EXAMPLE = """
      {"type": "urn:riskcycle:problem:forbidden", "title": "Not permitted", "status": 403,
       "detail": "User 'federal' is not in a role that may do this.", "instance": "/api/v1/requirements"}""";
  private static final String NOT_FOUND_EXAMPLE = """
      {"type": "urn:riskcycle:problem:not-found", "title": "Not found", "status": 404,
       "detail": "No requirement with id 'no-such-requirement'",
       "instance": "/api/v1/requirements/no-such-requirement"}""";

  /** A page of requirements: the shape of {@code Page<RequirementView>}, named for the OpenAPI document. */
  @Schema(name = "PageRequirementView")
  record RequirementPage(List<RequirementView> items, int page, int size, long totalItems, long totalPages) {
  }

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final EngineCaller engineCaller;
  private final IntelligenceRegister register;

  RequirementController(RuntimeService runtimeService, TaskService taskService, EngineCaller engineCaller,
      IntelligenceRegister register) {
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.engineCaller = engineCaller;
    this.register = register;
  }

  @Operation(summary = "Raise an intelligence requirement, which starts its intelligence cycle", description = "The"
      + " requirement goes to the intelligence planners for approval; the caller is its author. Goals and objectives"
      + " must be current catalog entries, linked risks risks of the register, the latest time of value after today."
      + " Intelligence planners and integrators may raise requirements.",
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
          mediaType = JSON, schema = @Schema(implementation = RequirementRequest.class),
          examples = @ExampleObject(name = "requirement", value = DRAFT))),
      responses = {
          @ApiResponse(responseCode = "201", description = "Raised; it waits for approval by an intelligence planner",
              headers = @Header(name = "Location", description = "/api/v1/requirements/{id}",
                  schema = @Schema(type = "string")),
              content = @Content(mediaType = JSON, schema = @Schema(implementation = RequirementView.class),
                  examples = @ExampleObject(name = "raised", value = RAISED_EXAMPLE))),
          @ApiResponse(responseCode = "400", description = "Invalid fields, each named in errors: the body's shape,"
              + " or values the cycle refuses (unknown goals or risks, a date not after today)",
              content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                  examples = {
                      @ExampleObject(name = "missing field", summary = "A body without requirementQuestion",
                          value = MISSING_FIELD_EXAMPLE),
                      @ExampleObject(name = "refused", summary = "An unknown goal and a past latest time of value",
                          value = REFUSED_EXAMPLE)})),
          @ApiResponse(responseCode = "403", description = "The user is in no role that may raise requirements",
              content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                  examples = @ExampleObject(name = "forbidden", value = MAY_NOT_RAISE_EXAMPLE)))})
  @PostMapping
  ResponseEntity<RequirementView> raise(@Valid @RequestBody RequirementRequest request, Authentication caller) {
    String processInstanceId = engineCaller.run(caller, "The requirement is invalid",
        "You may not raise intelligence requirements", () -> runtimeService
            .startProcessInstanceByKey(CycleProcess.INTELLIGENCE.key(),
                RequirementForm.given(request.draft()))
            .getId());
    String id = (String) runtimeService.getVariable(processInstanceId, "requirementId");
    return ResponseEntity.created(URI.create("/api/v1/requirements/" + id)).body(view(id));
  }

  @Operation(summary = "List intelligence requirements, newest first", description = "Filter by status (PROPOSED,"
      + " RETURNED, APPROVED, WITHDRAWN, UNANSWERED, RELEASED, SATISFIED, UNSATISFIED, REFINED) and by linked goal"
      + " or objective. Pages are numbered from 0; size 1 to 100. The items carry no open tasks.", responses = {
          @ApiResponse(responseCode = "200", description = "One page of requirements",
              content = @Content(mediaType = JSON, schema = @Schema(implementation = RequirementPage.class),
                  examples = @ExampleObject(name = "page", summary = "?status=APPROVED&goal=VS2020-1.A",
                      value = LIST_EXAMPLE))),
          @ApiResponse(responseCode = "400", description = "Invalid parameters, each named in errors",
              content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                  examples = @ExampleObject(name = "invalid size", summary = "?size=500",
                      value = INVALID_PARAMETERS_EXAMPLE))),
          @ApiResponse(responseCode = "403", description = "The user is in no role that reads requirements",
              content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                  examples = @ExampleObject(name = "forbidden", value = FORBIDDEN_EXAMPLE)))})
  @GetMapping
  Page<RequirementView> list(@RequestParam(required = false) String status,
      @Parameter(description = "a catalog id, e.g. VS2020-1.A") @RequestParam(required = false) String goal,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
    Paging.check(page, size);
    Page<Requirement> requirements = register.requirements(status, goal, page, size);
    return Page.of(requirements.items().stream().map(r -> RequirementView.of(r, List.of())).toList(), page, size,
        requirements.totalItems());
  }

  @Operation(summary = "Read a requirement: what it asks, its status and the tasks open in its cycle", responses = {
      @ApiResponse(responseCode = "200", description = "The requirement",
          content = @Content(mediaType = JSON, schema = @Schema(implementation = RequirementView.class),
              examples = {
                  @ExampleObject(name = "approved", summary = "Approved, its collection being planned",
                      value = APPROVED_EXAMPLE),
                  @ExampleObject(name = "raised", summary = "Right after it was raised", value = RAISED_EXAMPLE)})),
      @ApiResponse(responseCode = "403", description = "The user is in no role that reads requirements",
          content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
              examples = @ExampleObject(name = "forbidden", value = """
                  {"type": "urn:riskcycle:problem:forbidden", "title": "Not permitted", "status": 403,
                   "detail": "User 'federal' is not in a role that may do this.",
                   "instance": "/api/v1/requirements/3f6c2b9e-8a41-4f0d-b7e2-5c9a1d3e6f28"}"""))),
      @ApiResponse(responseCode = "404", description = "No requirement with this id",
          content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
              examples = @ExampleObject(name = "unknown requirement", value = NOT_FOUND_EXAMPLE)))})
  @GetMapping("/{id}")
  RequirementView read(@PathVariable String id) {
    return view(id);
  }

  private RequirementView view(String id) {
    Requirement requirement = register.requirement(id)
        .orElseThrow(() -> ProblemException.notFound("requirement", id));
    List<Task> tasks = taskService.createTaskQuery().processInstanceId(requirement.processInstanceId()).active()
        .orderByTaskCreateTime().asc().list();
    return RequirementView.of(requirement, tasks.stream().flatMap(task -> openTask(task).stream()).toList());
  }

  /** The task as still open, or nothing if it ended since it was listed (a user completed it meanwhile). */
  private Optional<RequirementView.OpenTask> openTask(Task task) {
    try {
      List<String> groups = taskService.getIdentityLinksForTask(task.getId()).stream()
          .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
          .map(IdentityLink::getGroupId).toList();
      return Optional.of(new RequirementView.OpenTask(task.getId(), task.getName(), task.getTaskDefinitionKey(),
          groups, task.getAssignee(), task.getDueDate() == null ? null : task.getDueDate().toInstant()));
    } catch (NullValueException endedMeanwhile) {
      return Optional.empty();
    }
  }
}
