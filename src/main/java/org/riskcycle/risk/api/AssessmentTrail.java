package org.riskcycle.risk.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.task.Task;
import org.riskcycle.access.CycleProcess;
import org.riskcycle.risk.api.RiskDashboard.AssessmentRecord;
import org.riskcycle.risk.api.RiskDashboard.InstanceLink;
import org.riskcycle.risk.api.RiskDashboard.OpenTaskLink;
import org.riskcycle.risk.api.RiskDashboard.TrailEntry;
import org.riskcycle.risk.register.AssessmentSummary;
import org.riskcycle.risk.register.RiskRegister;
import org.riskcycle.risk.register.RiskSummary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * An assessment's record for the dashboard: who did what and when, from the engine's user operation log of the
 * assessment's cycle and of each risk's treatment, and the information reported about its risks, from the register.
 */
@Component
class AssessmentTrail {

  private static final Map<String, String> ACTIONS = Map.ofEntries(
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_CREATE, "started"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_CLAIM, "claimed"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_ASSIGN, "assigned"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_COMPLETE, "completed"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_DELEGATE, "delegated"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_RESOLVE, "resolved"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_SET_OWNER, "set the owner of"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_SET_DUEDATE, "changed the due date of"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_CORRELATE_MESSAGE, "sent a message to"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_DELETE, "deleted"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_SUSPEND, "suspended"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_ACTIVATE, "activated"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_MODIFY_PROCESS_INSTANCE, "modified"));

  private final RiskRegister register;
  private final HistoryService historyService;
  private final TaskService taskService;
  private final String webapps;

  AssessmentTrail(RiskRegister register, HistoryService historyService, TaskService taskService,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webapps) {
    this.register = register;
    this.historyService = historyService;
    this.taskService = taskService;
    this.webapps = webapps;
  }

  AssessmentRecord of(AssessmentSummary assessment) {
    List<RiskSummary> risks = register.risksOf(assessment.id());
    Map<String, String> instanceNames = new LinkedHashMap<>();
    List<InstanceLink> instances = new ArrayList<>();
    HistoricProcessInstance cycle = historyService.createHistoricProcessInstanceQuery()
        .processInstanceId(assessment.processInstanceId()).singleResult();
    if (cycle != null) {
      instanceNames.put(cycle.getId(), "Assessment \u201c" + assessment.title() + "\u201d");
      instances.add(link(cycle, instanceNames.get(cycle.getId())));
    }
    if (!risks.isEmpty()) {
      Map<String, String> titles = new HashMap<>();
      risks.forEach(risk -> titles.put(risk.id(), risk.title()));
      historyService.createHistoricProcessInstanceQuery().processDefinitionKey(CycleProcess.RISK_TREATMENT.key())
          .processInstanceBusinessKeyIn(titles.keySet().toArray(String[]::new)).orderByProcessInstanceStartTime()
          .asc().list().forEach(treatment -> {
            String name = "Risk \u201c" + titles.get(treatment.getBusinessKey()) + "\u201d";
            instanceNames.put(treatment.getId(), name);
            instances.add(link(treatment, name));
          });
    }
    return new AssessmentRecord(assessment, risks, register.decisionsOfAssessment(assessment.id()),
        openTasks(instanceNames.keySet()), instances, trail(assessment.id(), instanceNames));
  }

  private List<TrailEntry> trail(String assessmentId, Map<String, String> instanceNames) {
    List<TrailEntry> entries = new ArrayList<>();
    for (Map.Entry<String, String> instance : instanceNames.entrySet()) {
      Map<String, String> taskNames = new HashMap<>();
      historyService.createHistoricTaskInstanceQuery().processInstanceId(instance.getKey()).list()
          .forEach(task -> taskNames.put(task.getId(), task.getName()));
      Map<String, UserOperationLogEntry> operations = new LinkedHashMap<>();
      historyService.createUserOperationLogQuery().processInstanceId(instance.getKey()).orderByTimestamp()
          .asc().list().stream()
          .filter(entry -> ACTIONS.containsKey(entry.getOperationType()))
          .forEach(entry -> operations.putIfAbsent(entry.getOperationId(), entry));
      for (UserOperationLogEntry operation : operations.values()) {
        // the tasks of a risk are named after it already
        String subject = operation.getTaskId() == null ? instance.getValue()
            : taskNames.getOrDefault(operation.getTaskId(), "a task");
        entries.add(new TrailEntry(operation.getTimestamp().toInstant(), operation.getUserId(), action(operation),
            subject, instance.getKey()));
      }
    }
    register.informationOfAssessment(assessmentId).forEach(information -> entries.add(new TrailEntry(
        information.receivedAt(), information.reportedBy(), "reported new information on",
        "Risk \u201c" + information.riskTitle() + "\u201d: " + information.summary(), null)));
    entries.sort(Comparator.comparing(TrailEntry::at));
    return entries;
  }

  private static String action(UserOperationLogEntry operation) {
    if (UserOperationLogEntry.OPERATION_TYPE_CLAIM.equals(operation.getOperationType())
        && operation.getNewValue() == null) {
      return "unclaimed";
    }
    return ACTIONS.get(operation.getOperationType());
  }

  private List<OpenTaskLink> openTasks(Set<String> processInstanceIds) {
    if (processInstanceIds.isEmpty()) {
      return List.of();
    }
    return taskService.createTaskQuery().processInstanceIdIn(processInstanceIds.toArray(String[]::new)).active()
        .orderByTaskCreateTime().asc().list().stream()
        .map(task -> new OpenTaskLink(task.getId(), task.getName(), task.getAssignee(), due(task),
            webapps + "/app/tasklist/default/#/?task=" + task.getId()))
        .toList();
  }

  private InstanceLink link(HistoricProcessInstance instance, String name) {
    boolean running = instance.getEndTime() == null;
    return new InstanceLink(instance.getId(), name, running, instance.getStartTime().toInstant(),
        running ? null : instance.getEndTime().toInstant(),
        running ? webapps + "/app/cockpit/default/#/process-instance/" + instance.getId() + "/runtime" : null);
  }

  private static Instant due(Task task) {
    return task.getDueDate() == null ? null : task.getDueDate().toInstant();
  }
}
