package org.riskcycle.dashboard;

import io.swagger.v3.oas.annotations.Hidden;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.riskcycle.engine.EngineClock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The dashboard's own data: who is signed in, and the tasks open past their due date in every cycle. */
@Hidden
@RestController
@RequestMapping("/dashboard/data")
class DashboardDataController {

  /** The most overdue tasks listed; the count covers them all. */
  static final int OVERDUE_LISTED = 100;

  private final TaskService taskService;
  private final RepositoryService repositoryService;
  private final String webapps;

  DashboardDataController(TaskService taskService, RepositoryService repositoryService,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webapps) {
    this.taskService = taskService;
    this.repositoryService = repositoryService;
    this.webapps = webapps;
  }

  /** The signed-in user, and the token the page sends with its sign-out. */
  @GetMapping("/session")
  Map<String, Object> session(Authentication user, CsrfToken csrf) {
    return Map.of("userId", user.getName(), "csrfParameter", csrf.getParameterName(), "csrfToken", csrf.getToken());
  }

  @GetMapping("/overdue-tasks")
  OverdueTasks overdueTasks() {
    Instant now = EngineClock.now();
    long total = taskService.createTaskQuery().active().dueBefore(Date.from(now)).count();
    List<OverdueTask> tasks = taskService.createTaskQuery().active().dueBefore(Date.from(now)).orderByDueDate().asc()
        .listPage(0, OVERDUE_LISTED).stream()
        .flatMap(task -> overdue(task, now).stream()).toList();
    return new OverdueTasks(total, tasks);
  }

  /** How many tasks are overdue, and the most overdue of them, longest overdue first. */
  record OverdueTasks(long total, List<OverdueTask> tasks) {
  }

  /** The task as still open, or nothing if it ended since it was listed. */
  private Optional<OverdueTask> overdue(Task task, Instant now) {
    try {
      List<String> groups = taskService.getIdentityLinksForTask(task.getId()).stream()
          .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
          .map(IdentityLink::getGroupId).sorted().toList();
      Map<String, Object> ids = taskService.getVariables(task.getId(), List.of("assessmentId", "requirementId"));
      Instant due = task.getDueDate().toInstant();
      return Optional.of(new OverdueTask(task.getId(), task.getName(),
          repositoryService.getProcessDefinition(task.getProcessDefinitionId()).getName(), task.getAssignee(),
          groups, due, Duration.between(due, now).toDays(), (String) ids.get("assessmentId"),
          (String) ids.get("requirementId"), webapps + "/app/tasklist/default/#/?task=" + task.getId()));
    } catch (NullValueException endedMeanwhile) {
      return Optional.empty();
    }
  }
}
