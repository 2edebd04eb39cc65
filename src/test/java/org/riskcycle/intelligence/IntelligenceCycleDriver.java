package org.riskcycle.intelligence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.riskcycle.access.Role;
import org.riskcycle.risk.RiskCycleDriver;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Walks intelligence cycles through the engine's Java API the way Tasklist does: as the demo users of the roles, with
 * the variables the forms submit. Each method does one step with valid input unless told otherwise.
 */
public class IntelligenceCycleDriver extends RiskCycleDriver {

  public static final String CYCLE = "intelligenceCycle";
  public static final String PLANNER = Role.INTEL_PLANNERS.demoUserIds().get(0);
  public static final String SECOND_PLANNER = Role.INTEL_PLANNERS.demoUserIds().get(1);
  public static final String COLLECTOR = Role.COLLECTION_MANAGERS.demoUserId();
  public static final String ANALYST = Role.INTEL_ANALYSTS.demoUserIds().get(0);
  public static final String SECOND_ANALYST = Role.INTEL_ANALYSTS.demoUserIds().get(1);
  public static final String RELEASE_OFFICER = Role.RELEASE_OFFICERS.demoUserId();

  public IntelligenceCycleDriver(ProcessEngine engine, JdbcClient db) {
    super(engine, db);
  }

  /** A planner raises a requirement from Tasklist's start form: the question only, drafted next. */
  public ProcessInstance raise() {
    actAs(PLANNER);
    try {
      return runtimeService.startProcessInstanceByKey(CYCLE,
          Variables.putValue("requirementQuestion", "Which routes do fentanyl couriers use at Nogales?"));
    } finally {
      signOut();
    }
  }

  public VariableMap requirement(String... linkedRisks) {
    return Variables.createVariables()
        .putValue("requirementQuestion", "Which routes and concealment methods do fentanyl couriers use at the"
            + " Nogales land port of entry?")
        .putValue("requestedBy", "Field Office Tucson")
        .putValue("decisionSupported", "Where to place the two new non-intrusive inspection scanners")
        .putValue("priority", "PRIORITY")
        .putValueTyped("linkedGoals", json(List.of("VS2020-1", "VS2020-1.A")))
        .putValueTyped("linkedRisks", json(List.of(linkedRisks)))
        .putValue("latestTimeOfValue", LocalDate.now().plusDays(30).toString())
        .putValue("handlingCaveat", "TLP_AMBER");
  }

  public void draft(ProcessInstance cycle, Map<String, Object> variables) {
    complete(cycle.getId(), "Task_DraftRequirement", PLANNER, with(variables, "draftOutcome", "SUBMIT"));
  }

  public void approve(ProcessInstance cycle) {
    complete(cycle.getId(), "Task_ApproveRequirement", SECOND_PLANNER,
        Variables.putValue("approvalOutcome", "APPROVE").putValue("approvalComment", ""));
  }

  public Map<String, Object> asset(String name, LocalDate due) {
    Map<String, Object> asset = new LinkedHashMap<>();
    asset.put("asset", name);
    asset.put("discipline", "FIELD_REPORTING");
    asset.put("dueDate", due.toString());
    return asset;
  }

  public void planCollection(ProcessInstance cycle, String... assets) {
    List<Map<String, Object>> planned = new ArrayList<>();
    for (String asset : assets) {
      planned.add(asset(asset, LocalDate.now().plusDays(10)));
    }
    complete(cycle.getId(), "Task_PlanCollection", COLLECTOR,
        Variables.createVariables().putValueTyped("collectionAssets", json(planned)));
  }

  public List<Task> collectionTasks(ProcessInstance cycle) {
    return taskService.createTaskQuery().processInstanceId(cycle.getId())
        .taskDefinitionKey("Task_CollectInformation").orderByTaskCreateTime().asc().list();
  }

  public VariableMap collected(String summary) {
    return Variables.createVariables().putValue("collectionOutcome", "COLLECTED").putValue("resultSummary", summary)
        .putValue("sourceReliability", "B").putValue("informationCredibility", "2");
  }

  public VariableMap gap() {
    return Variables.createVariables().putValue("collectionOutcome", "GAP")
        .putValue("gapDescription", "The partner had no coverage of the port that week.");
  }

  public void completeTask(Task task, String userId, Map<String, Object> variables) {
    signOut();
    actAs(userId);
    try {
      taskService.complete(task.getId(), variables);
    } finally {
      signOut();
    }
  }

  /** Completes every open collection task with a result. */
  public void collectAll(ProcessInstance cycle) {
    int i = 1;
    for (Task task : collectionTasks(cycle)) {
      completeTask(task, COLLECTOR, collected("Courier pattern " + i++ + " seen at the DeConcini crossing."));
    }
  }

  /** Keeps every collected result as the engine prepared them. */
  public void process(ProcessInstance cycle) {
    SpinJsonNode results = (SpinJsonNode) runtimeService.getVariable(cycle.getId(), "processedResults");
    complete(cycle.getId(), "Task_ProcessCollection", ANALYST, Variables.createVariables()
        .putValueTyped("processedResults", SpinValues.jsonValue(results.toString()).create())
        .putValue("processingSummary", "Two couriers networks use the pedestrian lanes at rush hour."));
  }

  public List<String> keptResultIds(ProcessInstance cycle) {
    return db.sql("""
        select p.result_id from intel_processed_result p join intel_collection_result r on r.id = p.result_id
        where r.requirement_id = ? and p.disposition = 'KEEP'""")
        .param(runtimeService.getVariable(cycle.getId(), "requirementId")).query(String.class).list();
  }

  public VariableMap product(ProcessInstance cycle, String caveat) {
    return Variables.createVariables()
        .putValue("productTitle", "Fentanyl courier routes at Nogales")
        .putValue("productSummary", "Couriers favor the pedestrian lanes at the DeConcini crossing at rush hour.")
        .putValueTyped("keyJudgments", json(List.of(Map.of("judgment",
            "Couriers will keep using the pedestrian lanes through the next quarter.", "likelihood", "LIKELY",
            "confidence", "MODERATE"))))
        .putValue("assumptions", "Enforcement posture at the vehicle lanes stays as it is.")
        .putValue("alternativesConsidered", "A shift to commercial cargo; judged less likely.")
        .putValueTyped("sourceResultIds", json(keptResultIds(cycle)))
        .putValue("productCaveat", caveat);
  }

  public void produce(ProcessInstance cycle, String caveat) {
    complete(cycle.getId(), "Task_ProduceProduct", ANALYST, product(cycle, caveat));
  }

  public VariableMap peerReview(String outcome) {
    VariableMap review = Variables.createVariables();
    for (TradecraftStandard standard : TradecraftStandard.values()) {
      review.putValue(standard.variable(), "MET");
    }
    return review.putValue("peerReviewOutcome", outcome)
        .putValue("peerReviewComments", "SEND_BACK".equals(outcome) ? "Explain the change from last month." : "");
  }

  public void peerReview(ProcessInstance cycle, VariableMap review) {
    complete(cycle.getId(), "Task_PeerReviewProduct", SECOND_ANALYST, review);
  }

  public VariableMap release(String... groups) {
    return Variables.createVariables().putValue("releaseOutcome", "RELEASE")
        .putValueTyped("recipientGroups", json(List.of(groups)))
        .putValue("needToKnow", "They staff the crossings the product is about.");
  }

  public void release(ProcessInstance cycle, String userId, VariableMap release) {
    complete(cycle.getId(), "Task_ReleaseProduct", userId, release);
  }

  public VariableMap feedback(boolean satisfied) {
    return Variables.createVariables().putValue("relevance", "HIGH").putValue("accuracy", "HIGH")
        .putValue("timeliness", "MODERATE").putValue("usefulness", "VERY_HIGH")
        .putValue("requirementSatisfied", satisfied ? "YES" : "NO")
        .putValue("feedbackComment", satisfied ? "" : "We still need the times of day for the vehicle lanes.");
  }

  public Task feedbackTask(ProcessInstance cycle, Role group) {
    return taskService.createTaskQuery().processDefinitionKey("productFeedback")
        .processInstanceBusinessKey((String) variable(cycle, "releaseId")).taskDefinitionKey("Task_GiveFeedback")
        .taskCandidateGroup(group.groupId()).singleResult();
  }

  /** A requirement approved and collected, processed and produced, ready for peer review. */
  public ProcessInstance producedCycle(String caveat, String... linkedRisks) {
    ProcessInstance cycle = raise();
    draft(cycle, requirement(linkedRisks).putValue("handlingCaveat", "TLP_CLEAR"));
    approve(cycle);
    planCollection(cycle, "DeConcini crossing officers", "Tucson field intelligence group");
    collectAll(cycle);
    process(cycle);
    produce(cycle, caveat);
    return cycle;
  }

  public Object variable(ProcessInstance cycle, String name) {
    return runtimeService.getVariable(cycle.getId(), name);
  }

  /** Runs, now, the timer of {@code activityId} attached to the task of one execution (one asset's collection). */
  public void fireTimer(ProcessInstance cycle, String executionId, String activityId) {
    Job job = managementService.createJobQuery().processInstanceId(cycle.getId()).executionId(executionId)
        .activityId(activityId).timers().singleResult();
    assertThat(job).as("timer of " + activityId + " on " + executionId).isNotNull();
    managementService.executeJob(job.getId());
  }

  public String requirementId(ProcessInstance cycle) {
    return db.sql("select id from intel_requirement where process_instance_id = ?").param(cycle.getId())
        .query(String.class).single();
  }

  public String requirementStatus(ProcessInstance cycle) {
    return db.sql("select status from intel_requirement where process_instance_id = ?").param(cycle.getId())
        .query(String.class).single();
  }

  private static VariableMap with(Map<String, Object> variables, String name, Object value) {
    VariableMap map = Variables.createVariables();
    map.putAll(variables);
    return map.putValue(name, value);
  }
}
