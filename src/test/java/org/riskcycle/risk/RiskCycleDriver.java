package org.riskcycle.risk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.riskcycle.access.Role;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Walks risk management cycles through the engine's Java API the way Tasklist does: as the demo user of a role, with
 * the variables the forms submit (lists as {@code Json}). Each method does one step with valid input unless told
 * otherwise; tests override single variables to take other paths or to break rules.
 */
public class RiskCycleDriver {

  public static final String CYCLE = "riskManagementCycle";
  public static final String TREATMENT = "riskTreatment";

  protected final RuntimeService runtimeService;
  protected final TaskService taskService;
  protected final IdentityService identityService;
  protected final ManagementService managementService;
  protected final JdbcClient db;

  public RiskCycleDriver(ProcessEngine engine, JdbcClient db) {
    this.runtimeService = engine.getRuntimeService();
    this.taskService = engine.getTaskService();
    this.identityService = engine.getIdentityService();
    this.managementService = engine.getManagementService();
    this.db = db;
  }

  /** Acts as {@code userId} with the groups the engine knows for them, as the REST API and Tasklist do. */
  public void actAs(String userId) {
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
        .toList();
    identityService.setAuthentication(userId, groups);
  }

  public void actAs(Role role) {
    actAs(role.demoUserId());
  }

  public void signOut() {
    identityService.clearAuthentication();
  }

  public ProcessInstance startAssessment() {
    actAs(Role.PLANNERS);
    return runtimeService.startProcessInstanceByKey(CYCLE);
  }

  public VariableMap context() {
    return Variables.createVariables()
        .putValue("title", "Opioid smuggling through land ports of entry")
        .putValue("scope", "Fentanyl and other synthetic opioids concealed in passenger vehicles and cargo at the"
            + " southwest land ports of entry over the next planning year.")
        .putValueTyped("domains", json(List.of("LAND")))
        .putValueTyped("locations", json(List.of("AT_PORTS_OF_ENTRY", "BETWEEN_PORTS_OF_ENTRY")))
        .putValue("decisionLevel", "OPERATIONAL")
        .putValue("orientation", "EXTERNAL")
        .putValueTyped("goalsAtStake", json(List.of("VS2020-1", "VS2020-1.A")))
        .putValue("riskTolerance", "MODERATE")
        .putValue("decisionDeadline", LocalDate.now().plusDays(30).toString())
        .putValue("reviewHorizon", LocalDate.now().plusDays(365).toString());
  }

  public void defineContext(ProcessInstance cycle, Map<String, Object> variables) {
    complete(cycle.getId(), "Task_DefineContext", Role.PLANNERS.demoUserId(), variables);
  }

  public Map<String, Object> risk(String title) {
    Map<String, Object> risk = new LinkedHashMap<>();
    risk.put("title", title);
    risk.put("description", "Smugglers conceal " + title.toLowerCase() + " where inspection coverage is thin.");
    risk.put("threatCategory", "NARCOTICS_AND_OPIOIDS");
    risk.put("threatenedObjectives", List.of("VS2020-1.A"));
    risk.put("source", "Intelligence product IP-2026-0042");
    return risk;
  }

  public VariableMap risks(List<Map<String, Object>> risks) {
    return Variables.createVariables().putValueTyped("risks", json(risks));
  }

  public void identifyRisks(ProcessInstance cycle, Map<String, Object> variables) {
    complete(cycle.getId(), "Task_IdentifyRisks", Role.RISK_ANALYSTS.demoUserId(), variables);
  }

  /** Starts an assessment with one risk per title and returns the risks' treatments, in title order. */
  public List<ProcessInstance> assessmentWithRisks(String... titles) {
    ProcessInstance cycle = startAssessment();
    defineContext(cycle, context());
    List<Map<String, Object>> risks = new ArrayList<>();
    for (String title : titles) {
      risks.add(risk(title));
    }
    identifyRisks(cycle, risks(risks));
    List<ProcessInstance> treatments = new ArrayList<>();
    for (String title : titles) {
      String riskId = db.sql("select id from risk where title = ? order by identified_at desc").param(title)
          .query(String.class).list().get(0);
      treatments.add(treatment(riskId));
    }
    return treatments;
  }

  public ProcessInstance treatment(String riskId) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(TREATMENT)
        .processInstanceBusinessKey(riskId).active().singleResult();
  }

  public VariableMap assessment(String likelihood, String impact) {
    return Variables.createVariables()
        .putValue("likelihood", likelihood)
        .putValue("impact", impact)
        .putValue("vulnerability", "Two of five lanes lack non-intrusive inspection equipment.")
        .putValue("consequence", "Lethal doses reach communities; loss of public trust.")
        .putValue("confidence", "MODERATE")
        .putValue("rationale", "Seizure trends and the intelligence product agree.");
  }

  public void assess(ProcessInstance treatment, Map<String, Object> variables) {
    complete(treatment.getId(), "Task_AssessRisk", Role.RISK_ANALYSTS.demoUserId(), variables);
  }

  public Map<String, Object> alternative(String treatment, int cost, int benefit, String likelihood, String impact,
      String owner) {
    Map<String, Object> alternative = new LinkedHashMap<>();
    alternative.put("treatment", treatment);
    alternative.put("description", treatment + " option");
    alternative.put("cost", cost);
    alternative.put("benefit", benefit);
    alternative.put("residualLikelihood", likelihood);
    alternative.put("residualImpact", impact);
    alternative.put("owner", owner);
    return alternative;
  }

  /** Retaining the risk, and a control that brings it within tolerance, owned by the planner. */
  public VariableMap alternatives() {
    return Variables.createVariables().putValueTyped("alternatives", json(List.of(
        alternative("ACCEPT", 0, 0, "HIGH", "HIGH", Role.PLANNERS.demoUserId()),
        alternative("CONTROL", 250_000, 900_000, "LOW", "HIGH", Role.PLANNERS.demoUserId()))));
  }

  public void developAlternatives(ProcessInstance treatment, String userId, Map<String, Object> variables) {
    complete(treatment.getId(), "Task_DevelopAlternatives", userId, variables);
  }

  public String alternativeId(ProcessInstance treatment, String treatmentCode) {
    return db.sql("""
        select id from risk_alternative where risk_id = ? and treatment = ? order by round desc""")
        .params(treatment.getBusinessKey(), treatmentCode).query(String.class).list().get(0);
  }

  public VariableMap choice(String alternativeId) {
    return Variables.createVariables()
        .putValue("decisionOutcome", "CHOOSE_ALTERNATIVE")
        .putValue("chosenAlternativeId", alternativeId)
        .putValue("implementationDue", LocalDate.now().plusDays(60).toString())
        .putValue("decisionRationale", "Best net benefit and brings the risk within tolerance.");
  }

  public VariableMap returned(String outcome) {
    return Variables.createVariables().putValue("decisionOutcome", outcome)
        .putValue("decisionRationale", "The costs are not credible; look again.");
  }

  public void decide(ProcessInstance treatment, String userId, Map<String, Object> variables) {
    complete(treatment.getId(), "Task_DecideTreatment", userId, variables);
  }

  public void implement(ProcessInstance treatment, String userId) {
    complete(treatment.getId(), "Task_ImplementTreatment", userId,
        Variables.putValue("implementationNotes", "Two scanners installed and crews trained."));
  }

  public VariableMap review(String outcome) {
    return Variables.createVariables()
        .putValue("observedLikelihood", "LOW")
        .putValue("observedImpact", "HIGH")
        .putValue("observedEffect", "Seizures up 40 %, as expected.")
        .putValue("reviewOutcome", outcome);
  }

  public void reviewTreatment(ProcessInstance treatment, Map<String, Object> variables) {
    complete(treatment.getId(), "Task_ReviewTreatment", Role.RISK_MANAGERS.demoUserId(), variables);
  }

  /** Runs the timer job of {@code activityId} now, whatever its due date. */
  public void fireTimer(ProcessInstance instance, String activityId) {
    Job job = managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
        .timers().singleResult();
    assertThat(job).as("timer of " + activityId).isNotNull();
    managementService.executeJob(job.getId());
  }

  public Task task(String processInstanceId, String taskDefinitionKey) {
    return taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskDefinitionKey)
        .initializeFormKeys().singleResult();
  }

  /** Completes the task as {@code userId}, the way a candidate completes it from Tasklist. */
  public void complete(String processInstanceId, String taskDefinitionKey, String userId,
      Map<String, Object> variables) {
    signOut();
    Task task = task(processInstanceId, taskDefinitionKey);
    assertThat(task).as(taskDefinitionKey + " of " + processInstanceId).isNotNull();
    actAs(userId);
    try {
      taskService.complete(task.getId(), variables);
    } finally {
      signOut();
    }
  }

  /** A list or object as Tasklist submits it. */
  public static TypedValue json(Object value) {
    try {
      return SpinValues.jsonValue(new ObjectMapper().writeValueAsString(value)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
