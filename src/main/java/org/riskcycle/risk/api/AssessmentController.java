package org.riskcycle.risk.api;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.riskcycle.access.CycleProcess;
import org.riskcycle.api.ConcurrentChanges;
import org.riskcycle.api.Page;
import org.riskcycle.api.Paging;
import org.riskcycle.api.ProblemException.FieldProblem;
import org.riskcycle.api.ProblemException;
import org.riskcycle.api.ProblemType;
import org.riskcycle.risk.CycleStep;
import org.riskcycle.risk.Level;
import org.riskcycle.risk.RiskInformation;
import org.riskcycle.risk.register.AssessmentListing;
import org.riskcycle.risk.register.AssessmentSummary;
import org.riskcycle.risk.register.DecisionRecordView;
import org.riskcycle.risk.register.RiskRegister;
import org.riskcycle.risk.register.RiskSummary;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Risk assessments over REST: start one with its context, list them, read where one stands, report new information
 * about one of its risks.
 */
@RestController
@RequestMapping("/api/v1/assessments")
@Tag(name = "Risk assessments")
class AssessmentController {

  private static final String JSON = "application/json";
  private static final String PROBLEM = "application/problem+json";

  // The examples are those of docs/api.md, as the server answered them.
  static final String CONTEXT_EXAMPLE = """
      {"title": "Fentanyl smuggling at southwest land ports, FY2027",
       "scope": "Allocation of inspection capacity for passenger vehicles at the southwest land ports in FY2027.",
       "domains": ["LAND"], "locations": ["AT_PORTS_OF_ENTRY"], "decisionLevel": "OPERATIONAL",
       "orientation": "EXTERNAL", "goalsAtStake": ["VS2020-1", "VS2020-1.A"], "riskTolerance": "MODERATE",
       "decisionDeadline": "2027-01-31", "reviewHorizon": "2027-12-31"}""";
  private static final String VIEW_START = """
      {"id": "1e6bd047-d3cd-465f-a869-5be9213c26bd", "title": "Fentanyl smuggling at southwest land ports, FY2027",
       "status": "OPEN", "iteration": 1, "createdBy": "integrator", "createdAt": "2026-11-23T00:13:39.216Z",
       "context": """ + CONTEXT_EXAMPLE + ",\n";
  private static final String STARTED_EXAMPLE = VIEW_START + """
       "risks": [],
       "openTasks": [{"id": "bbbad4a6-e6d2-11f1-af4e-02fc00000001", "name": "Identify risks",
         "taskDefinitionKey": "Task_IdentifyRisks", "candidateGroups": ["planners", "risk-analysts"]}]}""";
  private static final String ASSESSED_EXAMPLE = VIEW_START + """
       "risks": [{"id": "5b5d6b6e-631c-4b65-8982-a1b367a84163", "title": "Fentanyl in vehicles",
         "threatCategory": "NARCOTICS_AND_OPIOIDS", "status": "AWAITING_DECISION", "currentLevel": "VERY_HIGH",
         "threatenedObjectives": ["VS2020-1.A"]}],
       "openTasks": [{"id": "d2c62efe-e6d2-11f1-af4e-02fc00000001",
         "name": "Develop alternatives: Fentanyl in vehicles", "taskDefinitionKey": "Task_DevelopAlternatives",
         "riskId": "5b5d6b6e-631c-4b65-8982-a1b367a84163", "candidateGroups": ["planners"],
         "due": "2027-02-01T00:00:00.000+00:00"}]}""";
  private static final String REOPENED_EXAMPLE = VIEW_START + """
       "risks": [{"id": "5b5d6b6e-631c-4b65-8982-a1b367a84163", "title": "Fentanyl in vehicles",
         "threatCategory": "NARCOTICS_AND_OPIOIDS", "status": "IDENTIFIED", "currentLevel": "VERY_HIGH",
         "threatenedObjectives": ["VS2020-1.A"]}],
       "openTasks": [{"id": "e7a1c3f4-e6d2-11f1-af4e-02fc00000001",
         "name": "Analyze and assess the risk: Fentanyl in vehicles", "taskDefinitionKey": "Task_AssessRisk",
         "riskId": "5b5d6b6e-631c-4b65-8982-a1b367a84163", "candidateGroups": ["risk-analysts"],
         "due": "2027-02-01T00:00:00.000+00:00"}]}""";
  private static final String LIST_EXAMPLE = """
      {"items": [
        {"id": "1e6bd047-d3cd-465f-a869-5be9213c26bd", "title": "Fentanyl smuggling at southwest land ports, FY2027",
         "status": "OPEN", "iteration": 1, "riskTolerance": "MODERATE", "highestCurrentLevel": "VERY_HIGH",
         "openRisks": 1, "createdBy": "integrator", "createdAt": "2026-11-23T00:13:39.216Z"},
        {"id": "b9f017cc-0988-48b5-bf9b-e9e0085f26d8", "title": "Fentanyl smuggling at southwest land ports, FY2027",
         "status": "OPEN", "iteration": 1, "riskTolerance": "MODERATE", "openRisks": 0, "createdBy": "planner",
         "createdAt": "2026-11-23T00:13:52.665Z"}],
       "page": 0, "size": 2, "totalItems": 6, "totalPages": 3}""";
  private static final String MISSING_FIELD_EXAMPLE = """
      {"type": "urn:riskcycle:problem:invalid-request", "title": "Invalid request", "status": 400,
       "detail": "The request has invalid fields", "instance": "/api/v1/assessments",
       "errors": [{"field": "title", "message": "must not be blank"}]}""";
  private static final String UNKNOWN_CODE_EXAMPLE = """
      {"type": "urn:riskcycle:problem:invalid-request", "title": "Invalid request", "status": 400,
       "detail": "The request has invalid fields", "instance": "/api/v1/assessments",
       "errors": [{"field": "riskTolerance",
         "message": "must be one of [VERY_LOW, LOW, MODERATE, HIGH, VERY_HIGH]"}]}""";
  private static final String REFUSED_CONTEXT_EXAMPLE = """
      {"type": "urn:riskcycle:problem:invalid-request", "title": "Invalid request", "status": 400,
       "detail": "The context of the assessment is invalid", "instance": "/api/v1/assessments",
       "errors": [{"field": "goalsAtStake", "message": "contains 'NOPE-9', not a current goal or objective"},
         {"field": "decisionDeadline", "message": "must not be before today (2026-11-23)"}]}""";
  private static final String INVALID_KEY_EXAMPLE = """
      {"type": "urn:riskcycle:problem:invalid-request", "title": "Invalid request", "status": 400,
       "detail": "The Idempotency-Key header is invalid", "instance": "/api/v1/assessments",
       "errors": [{"field": "Idempotency-Key", "message": "must be 1 to 200 characters"}]}""";
  private static final String INVALID_PARAMETERS_EXAMPLE = """
      {"type": "urn:riskcycle:problem:invalid-request", "title": "Invalid request", "status": 400,
       "detail": "The request has invalid parameters", "instance": "/api/v1/assessments",
       "errors": [{"field": "status", "message": "must be OPEN or CLOSED"},
         {"field": "size", "message": "must be 1 to 100"}]}""";
  private static final String INVALID_LEVEL_EXAMPLE = """
      {"type": "urn:riskcycle:problem:invalid-request", "title": "Invalid request", "status": 400,
       "detail": "Parameter 'level' has an invalid value", "instance": "/api/v1/assessments",
       "errors": [{"field": "level", "message": "invalid value"}]}""";
  private static final String INVALID_INFORMATION_EXAMPLE = """
      {"type": "urn:riskcycle:problem:invalid-request", "title": "Invalid request", "status": 400,
       "detail": "The request has invalid fields",
       "instance": "/api/v1/assessments/1e6bd047-d3cd-465f-a869-5be9213c26bd\
      /risks/5b5d6b6e-631c-4b65-8982-a1b367a84163/information",
       "errors": [{"field": "summary", "message": "must not be blank"}]}""";
  private static final String MAY_NOT_START_EXAMPLE = """
      {"type": "urn:riskcycle:problem:forbidden", "title": "Not permitted", "status": 403,
       "detail": "You may not start risk assessments", "instance": "/api/v1/assessments"}""";
  private static final String FORBIDDEN_EXAMPLE = """
      {"type": "urn:riskcycle:problem:forbidden", "title": "Not permitted", "status": 403,
       "detail": "User 'federal' is not in a role that may do this.",
       "instance": "/api/v1/assessments/1e6bd047-d3cd-465f-a869-5be9213c26bd"}""";
  private static final String FORBIDDEN_LIST_EXAMPLE = """
      {"type": "urn:riskcycle:problem:forbidden", "title": "Not permitted", "status": 403,
       "detail": "User 'federal' is not in a role that may do this.", "instance": "/api/v1/assessments"}""";
  private static final String NOT_FOUND_EXAMPLE = """
      {"type": "urn:riskcycle:problem:not-found", "title": "Not found", "status": 404,
       "detail": "No assessment with id 'no-such-assessment'", "instance": "/api/v1/assessments/no-such-assessment"}""";
  private static final String RISK_NOT_FOUND_EXAMPLE = """
      {"type": "urn:riskcycle:problem:not-found", "title": "Not found", "status": 404,
       "detail": "No risk of assessment 1e6bd047-d3cd-465f-a869-5be9213c26bd with id 'no-such-risk'",
       "instance": "/api/v1/assessments/1e6bd047-d3cd-465f-a869-5be9213c26bd/risks/no-such-risk/information"}""";
  private static final String TREATMENT_ENDED_EXAMPLE = """
      {"type": "urn:riskcycle:problem:conflict", "title": "Conflict with the current state", "status": 409,
       "detail": "The treatment of risk 5b5d6b6e-631c-4b65-8982-a1b367a84163 has ended; \
      report new information when the assessment identifies the risk again",
       "instance": "/api/v1/assessments/1e6bd047-d3cd-465f-a869-5be9213c26bd\
      /risks/5b5d6b6e-631c-4b65-8982-a1b367a84163/information"}""";
  private static final String KEY_REUSED_EXAMPLE = """
      {"type": "urn:riskcycle:problem:idempotency-key-reused", "title": "Idempotency key reused with another request",
       "status": 422,
       "detail": "The Idempotency-Key 'fy27-sw-fentanyl-001' was used with another request; \
      use a new key for a new assessment",
       "instance": "/api/v1/assessments"}""";
  private static final String INFORMATION_EXAMPLE = """
      {"summary": "A new concealment method in agricultural pallets was seen at Nogales.",
       "source": "Intelligence product IP-2026-0107"}""";

  /** A page of assessments: the shape of {@code Page<AssessmentListing>}, named for the OpenAPI document. */
  @Schema(name = "PageAssessmentListing")
  record AssessmentListingPage(List<AssessmentListing> items, int page, int size, long totalItems,
      long totalPages) {
  }


  private final AssessmentStart assessmentStart;
  private final RiskRegister register;
  private final TaskService taskService;
  private final RiskInformation riskInformation;

  AssessmentController(AssessmentStart assessmentStart, RiskRegister register, TaskService taskService,
      RiskInformation riskInformation) {
    this.assessmentStart = assessmentStart;
    this.register = register;
    this.taskService = taskService;
    this.riskInformation = riskInformation;
  }

  @Operation(summary = "Start a risk assessment with its context (step 1)", description = "Starts the risk"
      + " management cycle as the caller, who needs the right to start it (planners, integrators). The goals and"
      + " objectives must be current catalog entries and the deadline not in the past. The next task is"
      + " \"Identify risks\". With an Idempotency-Key, a retry with the same body answers the first assessment and"
      + " the same key with another body is refused (422).",
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
          mediaType = JSON, schema = @Schema(implementation = AssessmentRequest.class),
          examples = @ExampleObject(name = "context", value = CONTEXT_EXAMPLE))),
      responses = {
          @ApiResponse(responseCode = "201", description = "Started (or, for a retry with the same"
              + " Idempotency-Key and body, the first assessment); the next task is \"Identify risks\"",
              headers = @Header(name = "Location", description = "/api/v1/assessments/{id}",
                  schema = @Schema(type = "string")),
              content = @Content(mediaType = JSON, schema = @Schema(implementation = AssessmentView.class),
                  examples = @ExampleObject(name = "started", value = STARTED_EXAMPLE))),
          @ApiResponse(responseCode = "400", description = "Invalid fields, each named in errors: the body's"
              + " shape, an unknown code or malformed date, a context the engine refuses, an invalid Idempotency-Key",
              content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                  examples = {
                      @ExampleObject(name = "missing field", summary = "A body without title",
                          value = MISSING_FIELD_EXAMPLE),
                      @ExampleObject(name = "unknown code", summary = "\"riskTolerance\": \"EXTREME\"",
                          value = UNKNOWN_CODE_EXAMPLE),
                      @ExampleObject(name = "refused context", summary = "An unknown goal and a past deadline",
                          value = REFUSED_CONTEXT_EXAMPLE),
                      @ExampleObject(name = "invalid key", summary = "An Idempotency-Key of 201 characters",
                          value = INVALID_KEY_EXAMPLE)})),
          @ApiResponse(responseCode = "403", description = "The caller may not start the risk management cycle",
              content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                  examples = @ExampleObject(name = "may not start", summary = "As analyst",
                      value = MAY_NOT_START_EXAMPLE))),
          @ApiResponse(responseCode = "422", description = "The Idempotency-Key was used with another body;"
              + " nothing was started",
              content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                  examples = @ExampleObject(name = "key reused", value = KEY_REUSED_EXAMPLE)))})
  @PostMapping
  ResponseEntity<AssessmentView> start(@Valid @RequestBody AssessmentRequest request,
      @Parameter(description = "A key of the caller's choice that makes retries safe")
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
      Authentication caller) {
    String id = assessmentStart.start(request, caller, Optional.ofNullable(idempotencyKey));
    return ResponseEntity.created(URI.create("/api/v1/assessments/" + id)).body(view(id));
  }

  @Operation(summary = "List assessments, newest first", description = "Filters: status (OPEN, CLOSED), goal (a"
      + " catalog goal or objective at stake in the current iteration), level (a risk currently at that level)."
      + " Pages are numbered from 0; size 1 to 100.", responses = {
          @ApiResponse(responseCode = "200", description = "One page of assessments",
              content = @Content(mediaType = JSON, schema = @Schema(implementation = AssessmentListingPage.class),
                  examples = @ExampleObject(name = "page", summary = "?goal=VS2020-1.A&status=OPEN&size=2",
                      value = LIST_EXAMPLE))),
          @ApiResponse(responseCode = "400", description = "Invalid parameters, each named in errors",
              content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                  examples = {
                      @ExampleObject(name = "invalid parameters", summary = "?status=DONE&size=500",
                          value = INVALID_PARAMETERS_EXAMPLE),
                      @ExampleObject(name = "unknown level", summary = "?level=SEVERE",
                          value = INVALID_LEVEL_EXAMPLE)})),
          @ApiResponse(responseCode = "403", description = "The user is in no role that reads the risk register",
              content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                  examples = @ExampleObject(name = "forbidden", value = FORBIDDEN_LIST_EXAMPLE)))})
  @GetMapping
  Page<AssessmentListing> assessments(@RequestParam(required = false) String status,
      @RequestParam(required = false) String goal, @RequestParam(required = false) Level level,
      @Parameter(description = "a step of the cycle the assessment or one of its risks is at, e.g."
          + " ANALYZE_AND_ASSESS") @RequestParam(required = false) CycleStep step,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
    if (status != null && !List.of("OPEN", "CLOSED").contains(status)) {
      Paging.check(page, size, new FieldProblem("status", "must be OPEN or CLOSED"));
    }
    Paging.check(page, size);
    return register.assessments(status, goal, level, step, page, size);
  }

  @Operation(summary = "Read an assessment: its context, risks with their levels, and open tasks", description =
      "The open tasks are those of the assessment's cycle and of its risks' treatments.", responses = {
          @ApiResponse(responseCode = "200", description = "The assessment",
              content = @Content(mediaType = JSON, schema = @Schema(implementation = AssessmentView.class),
                  examples = {
                      @ExampleObject(name = "assessed", summary = "A risk assessed, awaiting its alternatives",
                          value = ASSESSED_EXAMPLE),
                      @ExampleObject(name = "started", summary = "Right after the start", value = STARTED_EXAMPLE)})),
          @ApiResponse(responseCode = "403", description = "The user is in no role that reads the risk register",
              content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                  examples = @ExampleObject(name = "forbidden", value = FORBIDDEN_EXAMPLE))),
          @ApiResponse(responseCode = "404", description = "No assessment with this id",
              content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                  examples = @ExampleObject(name = "unknown assessment", value = NOT_FOUND_EXAMPLE)))})
  @GetMapping("/{id}")
  AssessmentView assessment(@PathVariable String id) {
    return view(id);
  }

  @Operation(summary = "Report new information about a risk, which re-opens its assessment", description = "The"
      + " risk's current step is interrupted and its assessment starts again, with the information shown to the"
      + " analyst and recorded in the register with the caller. Planners, risk analysts and integrators may report."
      + " A risk whose treatment has ended (closed, or withdrawn) answers 409.",
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
          mediaType = JSON, schema = @Schema(implementation = NewInformation.class),
          examples = @ExampleObject(name = "information", value = INFORMATION_EXAMPLE))),
      responses = {
          @ApiResponse(responseCode = "200", description = "The assessment, its risk re-opened for assessment",
              content = @Content(mediaType = JSON, schema = @Schema(implementation = AssessmentView.class),
                  examples = @ExampleObject(name = "re-opened", value = REOPENED_EXAMPLE))),
          @ApiResponse(responseCode = "400", description = "Invalid fields, each named in errors",
              content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                  examples = @ExampleObject(name = "missing summary", value = INVALID_INFORMATION_EXAMPLE))),
          @ApiResponse(responseCode = "403", description = "The user is in no role that may report information",
              content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                  examples = @ExampleObject(name = "forbidden", value = """
                      {"type": "urn:riskcycle:problem:forbidden", "title": "Not permitted", "status": 403,
                       "detail": "User 'riskmanager' is not in a role that may do this.",
                       "instance": "/api/v1/assessments/1e6bd047-d3cd-465f-a869-5be9213c26bd\
                      /risks/5b5d6b6e-631c-4b65-8982-a1b367a84163/information"}"""))),
          @ApiResponse(responseCode = "404", description = "No such assessment, or the risk is not one of it",
              content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                  examples = {
                      @ExampleObject(name = "unknown assessment", value = """
                          {"type": "urn:riskcycle:problem:not-found", "title": "Not found", "status": 404,
                           "detail": "No assessment with id 'no-such-assessment'",
                           "instance": "/api/v1/assessments/no-such-assessment\
                          /risks/5b5d6b6e-631c-4b65-8982-a1b367a84163/information"}"""),
                      @ExampleObject(name = "unknown risk", value = RISK_NOT_FOUND_EXAMPLE)})),
          @ApiResponse(responseCode = "409", description = "The risk's treatment has ended (closed or withdrawn)",
              content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                  examples = @ExampleObject(name = "treatment ended", value = TREATMENT_ENDED_EXAMPLE)))})
  @PostMapping("/{id}/risks/{riskId}/information")
  AssessmentView reportInformation(@PathVariable String id, @PathVariable String riskId,
      @Valid @RequestBody NewInformation information, Authentication caller) {
    register.assessment(id).orElseThrow(() -> ProblemException.notFound("assessment", id));
    if (register.risksOf(id).stream().noneMatch(risk -> risk.id().equals(riskId))) {
      throw ProblemException.notFound("risk of assessment " + id, riskId);
    }
    if (!riskInformation.isUnderTreatment(riskId)) {
      throw treatmentEnded(riskId);
    }
    try {
      ConcurrentChanges.retried(() ->
          riskInformation.report(riskId, information.summary(), information.source(), caller.getName(), null));
    } catch (MismatchingMessageCorrelationException endedMeanwhile) {
      throw treatmentEnded(riskId);
    }
    return view(id);
  }

  private static ProblemException treatmentEnded(String riskId) {
    return new ProblemException(ProblemType.CONFLICT, "The treatment of risk " + riskId + " has ended; report"
        + " new information when the assessment identifies the risk again");
  }

  private AssessmentView view(String id) {
    AssessmentSummary assessment = register.assessment(id)
        .orElseThrow(() -> ProblemException.notFound("assessment", id));
    List<RiskSummary> risks = register.risksOf(id);
    List<Task> tasks = new ArrayList<>(taskService.createTaskQuery()
        .processInstanceId(assessment.processInstanceId()).active().orderByTaskCreateTime().asc().list());
    if (!risks.isEmpty()) {
      tasks.addAll(taskService.createTaskQuery().processDefinitionKey(CycleProcess.RISK_TREATMENT.key())
          .processInstanceBusinessKeyIn(risks.stream().map(RiskSummary::id).toArray(String[]::new))
          .active().orderByTaskCreateTime().asc().list());
    }
    List<DecisionRecordView> decisions = register.decisionsOfAssessment(id);
    List<AssessmentView.RiskView> riskViews = risks.stream().map(risk -> new AssessmentView.RiskView(risk,
        register.latestAlternatives(risk.id()),
        decisions.stream().filter(decision -> decision.riskId().equals(risk.id())).toList())).toList();
    return new AssessmentView(assessment.id(), assessment.title(), assessment.status(), assessment.iteration(),
        assessment.createdBy(), assessment.createdAt(), assessment.closedAt(), assessment.context(),
        AssessmentView.steps(assessment.status(), register.currentSteps(id), risks), riskViews,
        tasks.stream().flatMap(task -> openTask(task).stream()).toList());
  }

  /** The task as still open, or nothing if it ended since it was listed (a user completed it meanwhile). */
  private Optional<AssessmentView.OpenTask> openTask(Task task) {
    try {
      List<String> groups = taskService.getIdentityLinksForTask(task.getId()).stream()
          .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
          .map(IdentityLink::getGroupId).toList();
      Object riskId = taskService.getVariable(task.getId(), "riskId");
      return Optional.of(new AssessmentView.OpenTask(task.getId(), task.getName(), task.getTaskDefinitionKey(),
          riskId == null ? null : riskId.toString(), groups, task.getAssignee(),
          task.getDueDate() == null ? null : task.getDueDate().toInstant()));
    } catch (NullValueException endedMeanwhile) {
      return Optional.empty();
    }
  }
}
