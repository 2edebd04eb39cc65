package org.riskcycle.intelligence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.riskcycle.intelligence.IntelligenceCycleDriver.RELEASE_OFFICER;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
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
 * Every path of {@code processes/product-feedback.bpmn}: one recipient group's feedback on a released product, seeing
 * only the released snapshot.
 */
@RiskCycleTest
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class ProductFeedbackProcessTest {

  private static final String FEDERAL = Role.PARTNER_FEDERAL.demoUserId();

  @Autowired
  ProcessEngine engine;

  @Autowired
  JdbcClient db;

  IntelligenceCycleDriver cycle;

  @BeforeEach
  void setUpDriver() {
    BpmnAwareTests.init(engine);
    cycle = new IntelligenceCycleDriver(engine, db);
  }

  @AfterEach
  void resetClockAndAuthentication() {
    cycle.signOut();
    ClockUtil.reset();
  }

  @Test
  void recipientGroupGivesFeedbackSeeingOnlyTheReleasedSnapshot() {
    ProcessInstance intel = released();
    Task feedback = cycle.feedbackTask(intel, Role.PARTNER_FEDERAL);
    assertThat(feedback).hasCandidateGroup("partner-federal");
    ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(feedback.getProcessInstanceId()).singleResult();
    String releaseId = (String) cycle.variable(intel, "releaseId");
    assertThat(instance.getBusinessKey()).isEqualTo(releaseId);

    cycle.actAs(FEDERAL);
    try {
      assertThat(engine.getTaskService().getVariables(feedback.getId()).keySet())
          .containsExactlyInAnyOrder("releaseId", "recipientGroup", "releasedProductText");
      assertThatThrownBy(() -> engine.getRuntimeService().getVariables(intel.getId()))
          .isInstanceOf(AuthorizationException.class);
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(intel.getId()).count()).isZero();
    } finally {
      cycle.signOut();
    }

    cycle.completeTask(feedback, FEDERAL, cycle.feedback(true));
    assertThat(instance).hasPassed("Task_GiveFeedback", "EndEvent_FeedbackGiven").isEnded();
    assertThat(db.sql("select given_by from intel_feedback where release_id = ? and group_id = 'partner-federal'")
        .param(releaseId).query(String.class).single()).isEqualTo(FEDERAL);
    assertThat(intel).hasPassed("EndEvent_RequirementSatisfied").isEnded();
  }

  @Test
  void incompleteFeedbackIsRefusedAndRecordsNothing() {
    ProcessInstance intel = released();
    Task feedback = cycle.feedbackTask(intel, Role.PARTNER_FEDERAL);
    assertThatThrownBy(() -> cycle.completeTask(feedback, FEDERAL, cycle.feedback(true)
        .putValue("relevance", "EXCELLENT").putValue("requirementSatisfied", null)))
        .hasRootCauseInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("relevance must be one of VERY_LOW, LOW, MODERATE, HIGH, VERY_HIGH")
        .hasMessageContaining("requirementSatisfied is required");
    assertThat(db.sql("select count(*) from intel_feedback where release_id = ?")
        .param(cycle.variable(intel, "releaseId")).query(Integer.class).single()).isZero();
    assertThat(cycle.feedbackTask(intel, Role.PARTNER_FEDERAL)).isNotNull();
  }

  @Test
  void feedbackIsAskedOnlyOfAGroupTheProductWasReleasedTo() {
    ProcessInstance intel = released();
    String releaseId = (String) cycle.variable(intel, "releaseId");
    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("productFeedback", releaseId,
        Variables.putValue("releaseId", releaseId)
            .putValue("recipientGroup", "partner-private-sector")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("must name a release of the intelligence cycle and one of its recipient groups");
  }

  private ProcessInstance released() {
    ProcessInstance intel = cycle.producedCycle("TLP_AMBER");
    cycle.peerReview(intel, cycle.peerReview("ACCEPT"));
    cycle.release(intel, RELEASE_OFFICER, cycle.release("partner-federal"));
    return intel;
  }
}
