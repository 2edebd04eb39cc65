package org.riskcycle.intelligence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.riskcycle.intelligence.IntelligenceCycleDriver.PLANNER;
import static org.riskcycle.intelligence.IntelligenceCycleDriver.RELEASE_OFFICER;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.riskcycle.RiskCycleTest;
import org.riskcycle.access.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The two cycles feeding each other, end to end: a released product re-opens the assessment of the risks it is linked
 * to; a risk decider's question starts an intelligence cycle linked to the risk and the decision.
 */
@RiskCycleTest
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class IntelligenceRiskLoopTest {

  private static final String EXECUTIVE = Role.EXECUTIVES.demoUserId();

  @Autowired
  ProcessEngine engine;

  @Autowired
  JdbcClient db;

  IntelligenceCycleDriver cycles;

  @BeforeEach
  void setUpDriver() {
    BpmnAwareTests.init(engine);
    cycles = new IntelligenceCycleDriver(engine, db);
  }

  @AfterEach
  void resetClockAndAuthentication() {
    cycles.signOut();
    ClockUtil.reset();
  }

  @Test
  void releasedProductReopensTheAssessmentOfEachLinkedRisk() {
    ProcessInstance risk = cycles.assessmentWithRisks("Fentanyl in pedestrian lanes").get(0);
    cycles.assess(risk, cycles.assessment("HIGH", "HIGH"));
    assertThat(risk).isWaitingAt("Task_DevelopAlternatives");

    ProcessInstance intel = cycles.producedCycle("TLP_AMBER", risk.getBusinessKey());
    cycles.peerReview(intel, cycles.peerReview("ACCEPT"));
    cycles.release(intel, RELEASE_OFFICER, cycles.release("partner-federal"));

    assertThat(risk).hasPassed("Task_RecordNewInformation").isWaitingAt("Task_AssessRisk").variables()
        .hasEntrySatisfying("newInformation", information -> assertThat((String) information)
            .contains("Fentanyl courier routes at Nogales"));
    Map<String, Object> information = db.sql("select * from risk_information where risk_id = ?")
        .param(risk.getBusinessKey()).query().singleRow();
    assertThat(information).containsEntry("PRODUCT_ID", cycles.variable(intel, "productId"))
        .containsEntry("REPORTED_BY", RELEASE_OFFICER);
    assertThat(intel).isWaitingAt("CallActivity_GatherFeedback").variables().containsEntry("risksNotReopened", "");
  }

  @Test
  void deciderAskingWhatWouldChangeTheDecisionStartsALinkedIntelligenceCycle() {
    ProcessInstance risk = cycles.assessmentWithRisks("Fentanyl in commercial cargo").get(0);
    cycles.assess(risk, cycles.assessment("HIGH", "HIGH"));
    cycles.developAlternatives(risk, Role.PLANNERS.demoUserId(), cycles.alternatives());
    String control = cycles.alternativeId(risk, "CONTROL");

    assertThatThrownBy(() -> cycles.decide(risk, EXECUTIVE, cycles.choice(control)
        .putValue("intelligenceQuestion", "Are couriers moving to commercial cargo?")))
        .hasRootCauseInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("intelligenceNeededBy is required");

    cycles.decide(risk, EXECUTIVE, cycles.choice(control)
        .putValue("intelligenceQuestion", "Are couriers moving to commercial cargo?")
        .putValue("intelligenceNeededBy", LocalDate.now().plusDays(45).toString()));
    assertThat(risk).isWaitingAt("Task_ImplementTreatment");

    String decisionId = db.sql("select id from risk_decision where risk_id = ?").param(risk.getBusinessKey())
        .query(String.class).single();
    Map<String, Object> requirement = db.sql("select * from intel_requirement where risk_decision_id = ?")
        .param(decisionId).query().singleRow();
    assertThat(requirement).containsEntry("QUESTION", "Are couriers moving to commercial cargo?")
        .containsEntry("AUTHOR", EXECUTIVE).containsEntry("PRIORITY", "PRIORITY")
        .containsEntry("HANDLING_CAVEAT", "TLP_AMBER").containsEntry("STATUS", "PROPOSED");
    assertThat(db.sql("select risk_id from intel_requirement_risk where requirement_id = ?")
        .param(requirement.get("ID")).query(String.class).list()).containsExactly(risk.getBusinessKey());
    assertThat(db.sql("select catalog_id from intel_requirement_goal where requirement_id = ? order by catalog_id")
        .param(requirement.get("ID")).query(String.class).list()).containsExactly("VS2020-1", "VS2020-1.A");

    ProcessInstance intel = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId((String) requirement.get("PROCESS_INSTANCE_ID")).singleResult();
    assertThat(intel).hasPassed("Task_RecordGivenRequirement").isWaitingAt("Task_ApproveRequirement");
    cycles.complete(intel.getId(), "Task_ApproveRequirement", PLANNER,
        Variables.putValue("approvalOutcome", "APPROVE"));
    assertThat(intel).isWaitingAt("Task_PlanCollection");
  }
}
