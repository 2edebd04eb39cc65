package org.riskcycle.intelligence.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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
      + " Intelligence planners and integrators may raise requirements.")
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
      + " or objective.")
  @GetMapping
  Page<RequirementView> list(@RequestParam(required = false) String status,
      @Parameter(description = "a catalog id, e.g. VS2020-1.A") @RequestParam(required = false) String goal,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
    Paging.check(page, size);
    Page<Requirement> requirements = register.requirements(status, goal, page, size);
    return Page.of(requirements.items().stream().map(r -> RequirementView.of(r, List.of())).toList(), page, size,
        requirements.totalItems());
  }

  @Operation(summary = "Read a requirement: what it asks, its status and the tasks open in its cycle")
  @GetMapping("/{id}")
  RequirementView read(@PathVariable String id) {
    return view(id);
  }

  private RequirementView view(String id) {
    Requirement requirement = register.requirement(id)
        .orElseThrow(() -> ProblemException.notFound("requirement", id));
    List<Task> tasks = taskService.createTaskQuery().processInstanceId(requirement.processInstanceId()).active()
        .orderByTaskCreateTime().asc().list();
    return RequirementView.of(requirement, tasks.stream().map(this::openTask).toList());
  }

  private RequirementView.OpenTask openTask(Task task) {
    List<String> groups = taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).toList();
    return new RequirementView.OpenTask(task.getId(), task.getName(), task.getTaskDefinitionKey(), groups,
        task.getAssignee(), task.getDueDate() == null ? null : task.getDueDate().toInstant());
  }
}
