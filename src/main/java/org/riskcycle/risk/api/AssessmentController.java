package org.riskcycle.risk.api;

import org.riskcycle.api.Paging;
import org.riskcycle.risk.RiskInformation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.riskcycle.access.CycleProcess;
import org.riskcycle.api.ProblemException;
import org.riskcycle.api.ProblemException.FieldProblem;
import org.riskcycle.api.ProblemType;
import org.riskcycle.risk.Level;
import org.riskcycle.risk.register.AssessmentListing;
import org.riskcycle.api.Page;
import org.riskcycle.risk.register.AssessmentSummary;
import org.riskcycle.risk.register.RiskRegister;
import org.riskcycle.risk.register.RiskSummary;
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
class AssessmentController {


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
      + " the same key with another body is refused (422).")
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
      + " Pages are numbered from 0; size 1 to 100.")
  @GetMapping
  Page<AssessmentListing> assessments(@RequestParam(required = false) String status,
      @RequestParam(required = false) String goal, @RequestParam(required = false) Level level,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
    if (status != null && !List.of("OPEN", "CLOSED").contains(status)) {
      Paging.check(page, size, new FieldProblem("status", "must be OPEN or CLOSED"));
    }
    Paging.check(page, size);
    return register.assessments(status, goal, level, page, size);
  }

  @Operation(summary = "Read an assessment: its context, risks with their levels, and open tasks")
  @GetMapping("/{id}")
  AssessmentView assessment(@PathVariable String id) {
    return view(id);
  }

  @Operation(summary = "Report new information about a risk, which re-opens its assessment", description = "The"
      + " risk's current step is interrupted and its assessment starts again, with the information shown to the"
      + " analyst and recorded in the register with the caller. Planners, risk analysts and integrators may report."
      + " A risk whose treatment has ended (closed, or withdrawn) answers 409.")
  @PostMapping("/{id}/risks/{riskId}/information")
  AssessmentView reportInformation(@PathVariable String id, @PathVariable String riskId,
      @Valid @RequestBody NewInformation information, Authentication caller) {
    register.assessment(id).orElseThrow(() -> ProblemException.notFound("assessment", id));
    if (register.risksOf(id).stream().noneMatch(risk -> risk.id().equals(riskId))) {
      throw ProblemException.notFound("risk of assessment " + id, riskId);
    }
    if (!riskInformation.isUnderTreatment(riskId)) {
      throw new ProblemException(ProblemType.CONFLICT, "The treatment of risk " + riskId + " has ended; report"
          + " new information when the assessment identifies the risk again");
    }
    riskInformation.report(riskId, information.summary(), information.source(), caller.getName(), null);
    return view(id);
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
    return new AssessmentView(assessment.id(), assessment.title(), assessment.status(), assessment.iteration(),
        assessment.createdBy(), assessment.createdAt(), assessment.closedAt(), assessment.context(), risks,
        tasks.stream().map(this::openTask).toList());
  }

  private AssessmentView.OpenTask openTask(Task task) {
    List<String> groups = taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).toList();
    Object riskId = taskService.getVariable(task.getId(), "riskId");
    return new AssessmentView.OpenTask(task.getId(), task.getName(), task.getTaskDefinitionKey(),
        riskId == null ? null : riskId.toString(), groups, task.getAssignee(),
        task.getDueDate() == null ? null : task.getDueDate().toInstant());
  }
}
