package org.riskcycle.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.riskcycle.RiskCycleTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestExecutionListeners;

/**
 * What each role's demo user may do in the engine, checked over the engine REST API against tiny stand-ins for the
 * two cycles: one user task per working role, and a one-task intelligence process.
 */
@RiskCycleTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class RoleAuthorizationTest {

  /** Roles that watch or integrate rather than work tasks. */
  private static final Set<Role> NOT_WORKING_TASKS = EnumSet.of(Role.INTEGRATORS, Role.AUDITORS, Role.CAMUNDA_ADMIN);

  @Autowired
  TestRestTemplate http;

  @Autowired
  ObjectMapper json;

  @Autowired
  RepositoryService repositoryService;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  TaskService taskService;

  private String deploymentId;
  private String instanceId;

  @BeforeAll
  void deployStandInsForTheCycles() {
    AbstractFlowNodeBuilder<?, ?> riskCycle = Bpmn.createExecutableProcess(CycleProcess.RISK_MANAGEMENT.key())
        .camundaHistoryTimeToLive(1)
        .startEvent().parallelGateway("fork");
    for (Role role : Role.values()) {
      if (!NOT_WORKING_TASKS.contains(role)) {
        riskCycle = riskCycle.moveToNode("fork").userTask("Task_" + role.name()).camundaCandidateGroups(role.groupId())
            .endEvent();
      }
    }
    BpmnModelInstance intelligenceCycle = Bpmn.createExecutableProcess(CycleProcess.INTELLIGENCE.key())
        .camundaHistoryTimeToLive(1)
        .startEvent().userTask().camundaCandidateGroups(Role.INTEL_PLANNERS.groupId()).endEvent().done();
    deploymentId = repositoryService.createDeployment().name("role-authorization-test")
        .addModelInstance("riskManagementCycle.bpmn", riskCycle.done())
        .addModelInstance("intelligenceCycle.bpmn", intelligenceCycle)
        .deploy().getId();
  }

  /** Process activity happens only inside test methods, where the process coverage of the engine records it. */
  @BeforeEach
  void startStandIn() {
    instanceId = runtimeService.startProcessInstanceByKey(CycleProcess.RISK_MANAGEMENT.key()).getId();
  }

  @AfterEach
  void deleteStandInInstances() {
    List<String> instances = runtimeService.createProcessInstanceQuery().deploymentId(deploymentId).list().stream()
        .map(instance -> instance.getId()).toList();
    runtimeService.deleteProcessInstances(instances, "test done", true, true);
  }

  /** The real processes are the latest versions again for the tests that follow. */
  @AfterAll
  void removeStandIns() {
    repositoryService.deleteDeployment(deploymentId, false);
  }

  private ResponseEntity<String> as(String user, HttpMethod method, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, user).exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }

  private List<String> visibleTaskGroups(String user) throws Exception {
    ResponseEntity<String> response = as(user, HttpMethod.GET, "/engine-rest/task?processInstanceId=" + instanceId,
        null);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<String> groups = new ArrayList<>();
    for (JsonNode task : json.readTree(response.getBody())) {
      taskService.getIdentityLinksForTask(task.get("id").asText())
          .forEach(link -> groups.add(link.getGroupId()));
    }
    return groups;
  }

  private String taskOf(Role role) {
    return taskOf(role, instanceId);
  }

  private String taskOf(Role role, String processInstanceId) {
    return taskService.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey("Task_" + role.name()).singleResult().getId();
  }

  @Test
  void eachWorkingRoleSeesOnlyItsOwnTasks() throws Exception {
    for (Role role : Role.values()) {
      if (!NOT_WORKING_TASKS.contains(role)) {
        assertThat(visibleTaskGroups(role.demoUserId())).as(role.groupId()).containsExactly(role.groupId());
      }
    }
    assertThat(visibleTaskGroups(Role.INTEGRATORS.demoUserId())).isEmpty();
  }

  @Test
  void auditorsReadEveryTaskAndTheHistoryButChangeNothing() throws Exception {
    String auditor = Role.AUDITORS.demoUserId();
    assertThat(visibleTaskGroups(auditor)).hasSize(Role.values().length - NOT_WORKING_TASKS.size());
    assertThat(as(auditor, HttpMethod.GET, "/engine-rest/history/process-instance?processInstanceId=" + instanceId,
        null).getBody()).contains(instanceId);

    assertThat(as(auditor, HttpMethod.POST, "/engine-rest/task/" + taskOf(Role.PLANNERS) + "/complete", "{}")
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as(auditor, HttpMethod.POST, "/engine-rest/task/" + taskOf(Role.PLANNERS) + "/claim",
        "{\"userId\": \"auditor\"}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as(auditor, HttpMethod.DELETE, "/engine-rest/process-instance/" + instanceId, null)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).count()).isOne();
  }

  @Test
  void aUserCannotWorkAnotherRolesTask() {
    String plannersTask = taskOf(Role.PLANNERS);

    ResponseEntity<String> response = as(Role.COLLECTION_MANAGERS.demoUserId(), HttpMethod.POST,
        "/engine-rest/task/" + plannersTask + "/complete", "{}");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(taskService.createTaskQuery().taskId(plannersTask).count()).isOne();
  }

  @Test
  void aCandidateClaimsAndCompletesItsOwnTask() {
    String ownInstance = runtimeService.startProcessInstanceByKey(CycleProcess.RISK_MANAGEMENT.key()).getId();
    String analystsTask = taskOf(Role.RISK_ANALYSTS, ownInstance);
    String analyst = Role.RISK_ANALYSTS.demoUserId();

    assertThat(as(analyst, HttpMethod.POST, "/engine-rest/task/" + analystsTask + "/claim",
        "{\"userId\": \"" + analyst + "\"}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(as(analyst, HttpMethod.POST, "/engine-rest/task/" + analystsTask + "/complete", "{}")
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(taskService.createTaskQuery().taskId(analystsTask).count()).isZero();
  }

  @Test
  void eachRoleStartsOnlyTheProcessesItShould() {
    for (Role role : Role.values()) {
      for (CycleProcess process : CycleProcess.values()) {
        ResponseEntity<String> response = as(role.demoUserId(), HttpMethod.POST,
            "/engine-rest/process-definition/key/" + process.key() + "/start", "{}");
        // a risk's treatment starts only from its assessment, which gives it a registered risk, and feedback only
        // from a release to the group
        boolean startedByItsCycle = process == CycleProcess.RISK_TREATMENT || process == CycleProcess.PRODUCT_FEEDBACK;
        boolean allowed = !startedByItsCycle
            && (role.startableProcesses().contains(process) || role == Role.CAMUNDA_ADMIN);
        assertThat(response.getStatusCode().is2xxSuccessful()).as(role.groupId() + " starts " + process.key())
            .isEqualTo(allowed);
        if (!allowed) {
          // the administrator may start anything, and is refused only for want of a registered risk or release
          assertThat(response.getStatusCode().value()).as(role.groupId() + " starts " + process.key())
              .isIn(role == Role.CAMUNDA_ADMIN ? List.of(400) : List.of(403, 404));
        }
      }
    }
    assertThat(Role.PLANNERS.startableProcesses()).containsExactly(CycleProcess.RISK_MANAGEMENT);
    assertThat(Role.INTEL_PLANNERS.startableProcesses()).containsExactly(CycleProcess.INTELLIGENCE);
  }
}
