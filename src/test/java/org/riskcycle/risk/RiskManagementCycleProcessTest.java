package org.riskcycle.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.Test;
import org.riskcycle.RiskCycleTest;
import org.springframework.test.context.TestExecutionListeners;

/** Every path of {@code processes/risk-management-cycle.bpmn}: steps 1 and 2, the risks in parallel, iterations. */
@RiskCycleTest
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class RiskManagementCycleProcessTest extends RiskCycleProcessTest {


  @Test
  void assessmentRunsEachRiskInParallelAndClosesWhenAllAreClosed() {
    ProcessInstance assessment = cycle.startAssessment();
    assertThat(assessment).isWaitingAt("Task_DefineContext");
    assertThat(cycle.task(assessment.getId(), "Task_DefineContext").getCamundaFormRef().getKey())
        .isEqualTo("define-context");
    assertThat(((SpinJsonNode) engine.getRuntimeService().getVariable(assessment.getId(), "catalogOptions"))
        .toString()).contains("\"value\":\"VS2020-1.A\"", "\"value\":\"OFO2007-4.1\"");

    cycle.defineContext(assessment, cycle.context());
    assertThat(assessment).isWaitingAt("Task_IdentifyRisks").variables().containsEntry("iteration", 1);
    assertThat(cycle.task(assessment.getId(), "Task_IdentifyRisks")).hasCandidateGroup("planners")
        .hasCandidateGroup("risk-analysts");
    String assessmentId = (String) engine.getRuntimeService().getVariable(assessment.getId(), "assessmentId");
    assertThat(db.sql("select status, current_iteration, created_by from risk_assessment where id = ?")
        .param(assessmentId).query().singleRow())
        .containsEntry("STATUS", "OPEN").containsEntry("CURRENT_ITERATION", 1).containsEntry("CREATED_BY", "planner");

    cycle.identifyRisks(assessment, cycle.risks(List.of(cycle.risk("Pills in cars"), cycle.risk("Powder in cargo"))));
    assertThat(assessment).isWaitingAt("CallActivity_TreatRisks");
    List<String> riskIds = riskIds(assessmentId);
    assertThat(riskIds).hasSize(2);

    for (String riskId : riskIds) {
      ProcessInstance risk = cycle.treatment(riskId);
      cycle.assess(risk, cycle.assessment("LOW", "LOW"));
      cycle.fireTimer(risk, "Event_ReviewDue");
      ClockUtil.setCurrentTime(Date.from(ClockUtil.now().toInstant().plusSeconds(400L * 24 * 3600)));
      cycle.reviewTreatment(risk, cycle.review("EFFECTIVE"));
      ClockUtil.reset();
      assertThat(risk).isEnded();
    }

    assertThat(assessment).hasPassed("Task_CloseAssessment", "EndEvent_AssessmentClosed").isEnded();
    assertThat(db.sql("select status from risk_assessment where id = ?").param(assessmentId).query(String.class)
        .single()).isEqualTo("CLOSED");
  }

  @Test
  void contextGivenAtTheStartIsRecordedWithoutTheDefineTask() {
    cycle.actAs("planner");
    ProcessInstance assessment = engine.getRuntimeService().startProcessInstanceByKey(RiskCycleDriver.CYCLE,
        cycle.context().putValue("contextGiven", true));
    cycle.signOut();

    assertThat(assessment).hasPassed("Task_RecordGivenContext").hasNotPassed("Task_DefineContext")
        .isWaitingAt("Task_IdentifyRisks").variables().containsEntry("iteration", 1);
    String assessmentId = (String) engine.getRuntimeService().getVariable(assessment.getId(), "assessmentId");
    assertThat(db.sql("select defined_by from assessment_iteration where assessment_id = ?").param(assessmentId)
        .query(String.class).single()).isEqualTo("planner");
  }

  @Test
  void changedContextStartsANewIterationPrefilledFromTheLastThatKeepsRisksAndWithdrawsDroppedOnes() {
    ProcessInstance assessment = cycle.startAssessment();
    cycle.defineContext(assessment, cycle.context());
    cycle.identifyRisks(assessment, cycle.risks(List.of(cycle.risk("Kept risk"), cycle.risk("Dropped risk"))));
    String assessmentId = (String) engine.getRuntimeService().getVariable(assessment.getId(), "assessmentId");
    ProcessInstance kept = cycle.treatment(riskId(assessmentId, "Kept risk"));
    ProcessInstance dropped = cycle.treatment(riskId(assessmentId, "Dropped risk"));
    cycle.assess(kept, cycle.assessment("LOW", "LOW"));
    cycle.fireTimer(kept, "Event_ReviewDue");

    cycle.reviewTreatment(kept, cycle.review("CONTEXT_CHANGED"));

    assertThat(assessment).hasPassed("Event_ContextChanged").isWaitingAt("Task_DefineContext").variables()
        .containsEntry("title", "Opioid smuggling through land ports of entry").containsEntry("riskTolerance", "MODERATE");
    assertThat(dropped).isEnded();

    cycle.defineContext(assessment, Map.of("riskTolerance", "LOW"));
    assertThat(assessment).variables().containsEntry("iteration", 2);
    String prefilled = engine.getRuntimeService().getVariable(assessment.getId(), "risks").toString();
    assertThat(prefilled).contains(kept.getBusinessKey(), dropped.getBusinessKey());

    Map<String, Object> keptAgain = cycle.risk("Kept risk, reworded");
    keptAgain.put("id", kept.getBusinessKey());
    cycle.identifyRisks(assessment, cycle.risks(List.of(keptAgain)));

    assertThat(riskIds(assessmentId)).containsExactly(kept.getBusinessKey());
    assertThat(db.sql("select status from risk where id = ?").param(dropped.getBusinessKey()).query(String.class)
        .single()).isEqualTo("WITHDRAWN");
    ProcessInstance secondIteration = cycle.treatment(kept.getBusinessKey());
    assertThat(secondIteration).isWaitingAt("Task_AssessRisk").variables()
        .containsEntry("iteration", 2).containsEntry("riskTolerance", "LOW")
        .containsEntry("riskTitle", "Kept risk, reworded");
    assertThat(db.sql("select count(*) from assessment_iteration where assessment_id = ?").param(assessmentId)
        .query(Long.class).single()).isEqualTo(2);
  }

  @Test
  void invalidContextIsRefusedNamingEveryProblemAndWritesNothing() {
    ProcessInstance assessment = cycle.startAssessment();
    var context = cycle.context()
        .putValue("title", "")
        .putValueTyped("goalsAtStake", RiskCycleDriver.json(List.of("VS2020-1.A", "NOPE-9")))
        .putValue("riskTolerance", "EXTREME")
        .putValue("decisionDeadline", LocalDate.now().minusDays(1).toString())
        .putValue("reviewHorizon", "next year")
        .putValueTyped("domains", RiskCycleDriver.json(List.of("SPACE")));

    assertThatThrownBy(() -> cycle.defineContext(assessment, context))
        .hasRootCauseInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Define the context refused: title is required")
        .hasMessageContaining("domains must contain only AIR, LAND, MARITIME (not 'SPACE')")
        .hasMessageContaining("riskTolerance must be one of VERY_LOW, LOW, MODERATE, HIGH, VERY_HIGH")
        .hasMessageContaining("reviewHorizon must be a date written yyyy-MM-dd")
        .hasMessageContaining("goalsAtStake contains 'NOPE-9', not a current goal or objective")
        .hasMessageContaining("decisionDeadline must not be before today");

    assertThat(assessment).isWaitingAt("Task_DefineContext");
    assertThat(db.sql("select count(*) from risk_assessment where process_instance_id = ?")
        .param(assessment.getId()).query(Long.class).single()).isZero();
  }

  @Test
  void invalidRisksAreRefusedAndWriteNothing() {
    ProcessInstance assessment = cycle.startAssessment();
    cycle.defineContext(assessment, cycle.context());
    Map<String, Object> offStake = cycle.risk("Off stake");
    offStake.put("threatenedObjectives", List.of("OFO2007-4.1"));
    Map<String, Object> foreign = cycle.risk("Foreign id");
    foreign.put("id", "not-a-risk-of-this-assessment");
    foreign.put("threatCategory", "ALIENS");

    assertThatThrownBy(() -> cycle.identifyRisks(assessment, cycle.risks(List.of(offStake, foreign))))
        .hasRootCauseInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("risks[0].threatenedObjectives contains 'OFO2007-4.1', not one of the goals and"
            + " objectives at stake")
        .hasMessageContaining("risks[1].id 'not-a-risk-of-this-assessment' is not a risk of this assessment")
        .hasMessageContaining("risks[1].threatCategory must be one of");
    assertThatThrownBy(() -> cycle.identifyRisks(assessment, cycle.risks(List.of())))
        .hasMessageContaining("risks must have 1 to 50 entries (has 0)");
    assertThatThrownBy(() -> cycle.identifyRisks(assessment,
        org.camunda.bpm.engine.variable.Variables.putValue("risks", "not json")))
        .hasMessageContaining("risks must be valid JSON");

    String assessmentId = (String) engine.getRuntimeService().getVariable(assessment.getId(), "assessmentId");
    assertThat(riskIds(assessmentId)).isEmpty();
    assertThat(assessment).isWaitingAt("Task_IdentifyRisks");
  }

  private List<String> riskIds(String assessmentId) {
    return db.sql("select id from risk where assessment_id = ? and status <> 'WITHDRAWN' order by title")
        .param(assessmentId).query(String.class).list();
  }

  private String riskId(String assessmentId, String title) {
    return db.sql("select id from risk where assessment_id = ? and title = ?").params(assessmentId, title)
        .query(String.class).single();
  }
}
