package org.riskcycle.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.Test;
import org.riskcycle.RiskCycleTest;
import org.riskcycle.access.Role;
import org.springframework.test.context.TestExecutionListeners;

/** Every path of {@code processes/risk-treatment.bpmn}: steps 3 to 6 for one risk. */
@RiskCycleTest
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class RiskTreatmentProcessTest extends RiskCycleProcessTest {

  private static final String PLANNER = Role.PLANNERS.demoUserId();
  private static final String EXECUTIVE = Role.EXECUTIVES.demoUserId();
  private static final String RISK_MANAGER = Role.RISK_MANAGERS.demoUserId();


  @Test
  void riskAboveToleranceIsTreatedMonitoredAndClosedAtTheReviewHorizon() {
    ProcessInstance risk = cycle.assessmentWithRisks("Fentanyl in passenger vehicles").get(0);
    assertThat(risk).isWaitingAt("Task_AssessRisk");
    assertThat(cycle.task(risk.getId(), "Task_AssessRisk").getName())
        .isEqualTo("Analyze and assess the risk: Fentanyl in passenger vehicles");

    cycle.assess(risk, cycle.assessment("HIGH", "HIGH"));
    assertThat(risk).isWaitingAt("Task_DevelopAlternatives").variables()
        .containsEntry("riskLevel", "HIGH").containsEntry("exceedsTolerance", true);

    cycle.developAlternatives(risk, PLANNER, cycle.alternatives());
    assertThat(risk).isWaitingAt("Task_DecideTreatment").variables()
        .containsEntry("decisionAuthority", "executives").containsEntry("alternativesDevelopedBy", PLANNER);
    assertThat(cycle.task(risk.getId(), "Task_DecideTreatment")).hasCandidateGroup("executives");
    List<Map<String, Object>> ranking = db.sql("""
        select treatment, ranking, residual_level, within_tolerance, net_benefit from risk_alternative
        where risk_id = ? order by ranking""").param(risk.getBusinessKey()).query().listOfRows();
    assertThat(ranking).extracting(row -> row.get("TREATMENT"), row -> row.get("RESIDUAL_LEVEL"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("CONTROL", "LOW"),
            org.assertj.core.groups.Tuple.tuple("ACCEPT", "HIGH"));

    cycle.decide(risk, EXECUTIVE, cycle.choice(cycle.alternativeId(risk, "CONTROL")));
    assertThat(risk).isWaitingAt("Task_ImplementTreatment");
    assertThat(cycle.task(risk.getId(), "Task_ImplementTreatment")).isAssignedTo(PLANNER);
    Map<String, Object> decision = db.sql("select * from risk_decision where risk_id = ?")
        .param(risk.getBusinessKey()).query().singleRow();
    assertThat(decision).containsEntry("OUTCOME", "CHOOSE_ALTERNATIVE").containsEntry("TREATMENT", "CONTROL")
        .containsEntry("DECIDED_BY", EXECUTIVE).containsEntry("DECISION_AUTHORITY", "executives")
        .containsEntry("RESIDUAL_LEVEL", "LOW").containsEntry("RISK_LEVEL", "HIGH");
    assertThat((String) decision.get("SNAPSHOT")).contains("Fentanyl in passenger vehicles", "\"alternatives\"");
    assertThat(db.sql("select catalog_id from decision_goal where decision_id = ? order by catalog_id")
        .param(decision.get("ID")).query(String.class).list()).containsExactly("VS2020-1", "VS2020-1.A");

    cycle.implement(risk, PLANNER);
    assertThat(risk).isWaitingAt("Event_ReviewDue").variables().containsEntry("reviewInterval", "P90D");

    cycle.fireTimer(risk, "Event_ReviewDue");
    cycle.reviewTreatment(risk, cycle.review("EFFECTIVE"));
    assertThat(risk).isWaitingAt("Event_ReviewDue");

    cycle.fireTimer(risk, "Event_ReviewDue");
    ClockUtil.setCurrentTime(Date.from(ClockUtil.now().toInstant().plusSeconds(400L * 24 * 3600)));
    cycle.reviewTreatment(risk, cycle.review("EFFECTIVE"));
    assertThat(risk).hasPassed("Task_CloseRisk", "EndEvent_RiskClosed").isEnded();
    assertThat(riskStatus(risk)).isEqualTo("CLOSED");
    assertThat(count("risk_review", risk)).isEqualTo(2);
    assertThat(count("risk_score", risk)).isEqualTo(3);
  }

  @Test
  void riskWithinToleranceIsAcceptedAndMonitoredAtTheLongestInterval() {
    ProcessInstance risk = cycle.assessmentWithRisks("Counterfeit pharmaceuticals in mail").get(0);

    cycle.assess(risk, cycle.assessment("LOW", "MODERATE"));

    assertThat(risk).hasPassed("Task_AcceptRisk").isWaitingAt("Event_ReviewDue").variables()
        .containsEntry("riskLevel", "LOW").containsEntry("reviewInterval", "P180D");
    assertThat(db.sql("select outcome, decided_by, rationale from risk_decision where risk_id = ?")
        .param(risk.getBusinessKey()).query().singleRow())
        .containsEntry("OUTCOME", "ACCEPTED_WITHIN_TOLERANCE")
        .containsEntry("DECIDED_BY", Role.RISK_ANALYSTS.demoUserId())
        .extractingByKey("RATIONALE").asString().contains("does not exceed", "tolerance Moderate");
    assertThat(riskStatus(risk)).isEqualTo("MONITORED");
  }

  @Test
  void deciderSendsTheRiskBackForNewAlternatives() {
    ProcessInstance risk = riskAwaitingDecision("Weapons smuggled southbound");

    cycle.decide(risk, EXECUTIVE, cycle.returned("SEND_BACK"));

    assertThat(risk).isWaitingAt("Task_DevelopAlternatives").variables()
        .hasEntrySatisfying("returnReason", reason -> assertThat((String) reason).contains("look again"));
    assertThat(db.sql("select outcome from risk_decision where risk_id = ?").param(risk.getBusinessKey())
        .query(String.class).single()).isEqualTo("SEND_BACK");
  }

  @Test
  void deciderAsksForMoreAnalysis() {
    ProcessInstance risk = riskAwaitingDecision("Bulk currency in commercial trucks");

    cycle.decide(risk, EXECUTIVE, cycle.returned("REQUEST_ANALYSIS"));

    assertThat(risk).isWaitingAt("Task_AssessRisk");
    cycle.assess(risk, cycle.assessment("VERY_HIGH", "HIGH"));
    assertThat(risk).isWaitingAt("Task_DevelopAlternatives");
    assertThat(count("risk_score", risk)).isEqualTo(2);
  }

  @Test
  void retainingTheRiskNeedsNoImplementation() {
    ProcessInstance risk = riskAwaitingDecision("Drones over the river");

    cycle.decide(risk, EXECUTIVE, Variables.createVariables().putValue("decisionOutcome", "CHOOSE_ALTERNATIVE")
        .putValue("chosenAlternativeId", cycle.alternativeId(risk, "ACCEPT"))
        .putValue("decisionRationale", "Treatment costs exceed the harm avoided."));

    assertThat(risk).hasPassed("Gateway_NeedsImplementation").hasNotPassed("Task_ImplementTreatment")
        .isWaitingAt("Event_ReviewDue").variables().containsEntry("reviewInterval", "P14D");
  }

  @Test
  void authorOfTheAlternativesMayNotDecide() {
    String dual = "dualrole";
    if (engine.getIdentityService().createUserQuery().userId(dual).count() == 0) {
      engine.getIdentityService().saveUser(engine.getIdentityService().newUser(dual));
      engine.getIdentityService().createMembership(dual, Role.PLANNERS.groupId());
      engine.getIdentityService().createMembership(dual, Role.EXECUTIVES.groupId());
    }
    ProcessInstance risk = cycle.assessmentWithRisks("Insider facilitating loads").get(0);
    cycle.assess(risk, cycle.assessment("HIGH", "VERY_HIGH"));
    cycle.developAlternatives(risk, dual, cycle.alternatives());
    Task decision = cycle.task(risk.getId(), "Task_DecideTreatment");

    cycle.actAs(dual);
    assertThatThrownBy(() -> engine.getTaskService().claim(decision.getId(), dual))
        .hasRootCauseInstanceOf(AuthorizationException.class)
        .hasMessageContaining("Separation of duties: dualrole developed the alternatives for this risk");
    assertThatThrownBy(() -> engine.getTaskService().complete(decision.getId(),
        cycle.choice(cycle.alternativeId(risk, "CONTROL"))))
        .hasRootCauseInstanceOf(AuthorizationException.class);
    cycle.signOut();

    assertThat(cycle.task(risk.getId(), "Task_DecideTreatment").getAssignee()).isNull();
    assertThat(count("risk_decision", risk)).isZero();
    cycle.decide(risk, EXECUTIVE, cycle.choice(cycle.alternativeId(risk, "CONTROL")));
    assertThat(risk).isWaitingAt("Task_ImplementTreatment");
  }

  @Test
  void overdueImplementationAlertsTheRiskManagersWithoutCancellingTheTask() {
    ProcessInstance risk = riskAwaitingDecision("Precursor chemicals by sea");
    cycle.decide(risk, EXECUTIVE, cycle.choice(cycle.alternativeId(risk, "CONTROL")));

    cycle.fireTimer(risk, "Event_ImplementationOverdue");

    assertThat(risk).isWaitingAt("Task_ImplementTreatment", "Task_FollowUpOverdueImplementation");
    assertThat(cycle.task(risk.getId(), "Task_FollowUpOverdueImplementation")).hasCandidateGroup("risk-managers");
    cycle.complete(risk.getId(), "Task_FollowUpOverdueImplementation", RISK_MANAGER,
        Variables.putValue("followUpNotes", "Owner reports delivery delay; new date agreed."));
    assertThat(risk).hasPassed("EndEvent_OverdueFollowedUp").isWaitingAt("Task_ImplementTreatment");
    cycle.implement(risk, PLANNER);
    assertThat(risk).isWaitingAt("Event_ReviewDue");
  }

  @Test
  void closingTheRiskEndsAFollowUpLeftOpen() {
    ProcessInstance risk = riskAwaitingDecision("Smuggling by fishing boats");
    cycle.decide(risk, EXECUTIVE, cycle.choice(cycle.alternativeId(risk, "CONTROL")));
    cycle.fireTimer(risk, "Event_ImplementationOverdue");
    cycle.implement(risk, PLANNER);
    cycle.fireTimer(risk, "Event_ReviewDue");

    ClockUtil.setCurrentTime(Date.from(ClockUtil.now().toInstant().plusSeconds(400L * 24 * 3600)));
    cycle.reviewTreatment(risk, cycle.review("EFFECTIVE"));

    assertThat(risk).hasPassed("EndEvent_RiskClosed").isEnded();
    assertThat(cycle.task(risk.getId(), "Task_FollowUpOverdueImplementation")).isNull();
  }

  @Test
  void ineffectiveTreatmentGoesBackToAlternatives() {
    ProcessInstance risk = monitoredRisk("Tunnels under the border fence");

    cycle.reviewTreatment(risk, cycle.review("INEFFECTIVE"));

    assertThat(risk).isWaitingAt("Task_DevelopAlternatives").variables()
        .hasEntrySatisfying("returnReason", reason -> assertThat((String) reason).contains("ineffective"))
        .containsEntry("riskLevel", "LOW").containsEntry("likelihood", "LOW");
    assertThat(cycle.task(risk.getId(), "Task_DevelopAlternatives")).isNotNull();
  }

  @Test
  void changedContextEndsTheTreatmentAndStartsANewIterationOfTheAssessment() {
    ProcessInstance risk = monitoredRisk("Ultralight aircraft drops");
    String cycleId = risk.getRootProcessInstanceId();

    cycle.reviewTreatment(risk, cycle.review("CONTEXT_CHANGED"));

    assertThat(risk).hasPassed("EndEvent_ContextChanged").isEnded();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(cycleId).singleResult())
        .isWaitingAt("Task_DefineContext");
  }

  @Test
  void newInformationReopensTheAssessmentAtAnyPoint() {
    ProcessInstance risk = riskAwaitingDecision("Narcotics in agricultural shipments");

    engine.getRuntimeService().createMessageCorrelation("RiskInformationReceived")
        .processInstanceBusinessKey(risk.getBusinessKey())
        .setVariable("informationSummary", "New concealment method seen in avocado pallets.")
        .setVariable("informationSource", "IP-2026-0107")
        .correlate();

    assertThat(risk).hasPassed("Event_NewInformationReceived", "Task_RecordNewInformation")
        .isWaitingAt("Task_AssessRisk").variables()
        .containsEntry("newInformation", "New concealment method seen in avocado pallets. (source: IP-2026-0107)");
    assertThat(cycle.task(risk.getId(), "Task_DecideTreatment")).isNull();
    assertThat(count("risk_information", risk)).isOne();
  }

  @Test
  void invalidAssessmentIsRefusedNamingEveryProblemAndWritesNothing() {
    ProcessInstance risk = cycle.assessmentWithRisks("Human smuggling in tractor-trailers").get(0);

    assertThatThrownBy(() -> cycle.assess(risk, cycle.assessment("HIGH", "SEVERE").putValue("rationale", " ")
        .putValueTyped("confidence", Variables.integerValue(3))))
        .hasRootCauseInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Analyze and assess the risk refused: impact must be one of VERY_LOW, LOW, MODERATE, HIGH, VERY_HIGH")
        .hasMessageContaining("rationale is required")
        .hasMessageContaining("confidence must be one of");

    assertThat(risk).isWaitingAt("Task_AssessRisk");
    assertThat(count("risk_score", risk)).isZero();
    assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(risk.getId())
        .variableName("impact").count()).isZero();
  }

  @Test
  void recordsOfWhatWasKnownAndDecidedCannotBeChangedOrRemoved() {
    ProcessInstance risk = riskAwaitingDecision("Cash smuggled in spare tires");
    cycle.decide(risk, EXECUTIVE, cycle.choice(cycle.alternativeId(risk, "CONTROL")));

    for (String table : List.of("risk_decision", "risk_alternative", "risk_score")) {
      assertThatThrownBy(() -> db.sql("update " + table + " set risk_id = risk_id where risk_id = ?")
          .param(risk.getBusinessKey()).update()).as(table).hasMessageContaining("record is immutable");
      assertThatThrownBy(() -> db.sql("delete from " + table + " where risk_id = ?")
          .param(risk.getBusinessKey()).update()).as(table).hasMessageContaining("record is immutable");
    }
    assertThat(count("risk_decision", risk)).isOne();
  }

  private ProcessInstance riskAwaitingDecision(String title) {
    ProcessInstance risk = cycle.assessmentWithRisks(title).get(0);
    cycle.assess(risk, cycle.assessment("HIGH", "HIGH"));
    cycle.developAlternatives(risk, PLANNER, cycle.alternatives());
    return risk;
  }

  private ProcessInstance monitoredRisk(String title) {
    ProcessInstance risk = riskAwaitingDecision(title);
    cycle.decide(risk, EXECUTIVE, cycle.choice(cycle.alternativeId(risk, "CONTROL")));
    cycle.implement(risk, PLANNER);
    cycle.fireTimer(risk, "Event_ReviewDue");
    return risk;
  }

  private String riskStatus(ProcessInstance risk) {
    return db.sql("select status from risk where id = ?").param(risk.getBusinessKey()).query(String.class).single();
  }

  private long count(String table, ProcessInstance risk) {
    return db.sql("select count(*) from " + table + " where risk_id = ?").param(risk.getBusinessKey())
        .query(Long.class).single();
  }
}
