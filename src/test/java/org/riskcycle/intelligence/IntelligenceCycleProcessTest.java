package org.riskcycle.intelligence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.riskcycle.intelligence.IntelligenceCycleDriver.ANALYST;
import static org.riskcycle.intelligence.IntelligenceCycleDriver.COLLECTOR;
import static org.riskcycle.intelligence.IntelligenceCycleDriver.PLANNER;
import static org.riskcycle.intelligence.IntelligenceCycleDriver.RELEASE_OFFICER;
import static org.riskcycle.intelligence.IntelligenceCycleDriver.SECOND_ANALYST;
import static org.riskcycle.intelligence.IntelligenceCycleDriver.SECOND_PLANNER;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.VariableMap;
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

/** Every path of {@code processes/intelligence-cycle.bpmn}: the five steps for one requirement. */
@RiskCycleTest
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class IntelligenceCycleProcessTest {

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
  void requirementIsApprovedCollectedProducedReleasedAndSatisfied() {
    ProcessInstance intel = cycle.raise();
    assertThat(intel).isWaitingAt("Task_DraftRequirement");
    assertThat(cycle.task(intel.getId(), "Task_DraftRequirement")).isAssignedTo(PLANNER);

    cycle.draft(intel, cycle.requirement());
    assertThat(intel).isWaitingAt("Task_ApproveRequirement").variables()
        .containsEntry("requirementAuthor", PLANNER).containsKey("requirementText");
    assertThat(cycle.requirementStatus(intel)).isEqualTo("PROPOSED");

    cycle.approve(intel);
    assertThat(intel).isWaitingAt("Task_PlanCollection");
    assertThat(db.sql("select approved_by from intel_requirement where id = ?").param(cycle.requirementId(intel))
        .query(String.class).single()).isEqualTo(SECOND_PLANNER);

    cycle.planCollection(intel, "DeConcini crossing officers", "Tucson field intelligence group");
    List<Task> collection = cycle.collectionTasks(intel);
    assertThat(collection).hasSize(2);
    assertThat(collection.get(0).getDueDate()).isNotNull();
    assertThat(collection).allSatisfy(task -> assertThat(task).hasCandidateGroup("collection-managers"));

    cycle.collectAll(intel);
    assertThat(intel).isWaitingAt("Task_ProcessCollection").variables().containsEntry("collectedCount", 2)
        .containsEntry("gapCount", 0);

    cycle.process(intel);
    assertThat(intel).isWaitingAt("Task_ProduceProduct").variables().containsEntry("keptCount", 2);

    cycle.produce(intel, "TLP_AMBER");
    assertThat(intel).isWaitingAt("Task_PeerReviewProduct").variables().containsEntry("productVersion", 1)
        .containsEntry("productAuthor", ANALYST);

    cycle.peerReview(intel, cycle.peerReview("ACCEPT"));
    assertThat(intel).isWaitingAt("Task_ReleaseProduct").variables()
        .containsEntry("releaseAuthority", "release-officers");
    assertThat(cycle.task(intel.getId(), "Task_ReleaseProduct")).hasCandidateGroup("release-officers");

    cycle.release(intel, RELEASE_OFFICER, cycle.release("partner-federal", "partner-state"));
    assertThat(intel).isWaitingAt("CallActivity_GatherFeedback");
    assertThat(cycle.requirementStatus(intel)).isEqualTo("RELEASED");
    Map<String, Object> release = db.sql("select * from intel_release where product_id = ?")
        .param(cycle.variable(intel, "productId")).query().singleRow();
    assertThat(release).containsEntry("OUTCOME", "RELEASE").containsEntry("DECIDED_BY", RELEASE_OFFICER)
        .containsEntry("HANDLING_CAVEAT", "TLP_AMBER");
    assertThat((String) release.get("SNAPSHOT")).contains("Fentanyl courier routes at Nogales", "Field Office Tucson");
    assertThat(db.sql("select group_id from intel_release_recipient where release_id = ? order by group_id")
        .param(release.get("ID")).query(String.class).list()).containsExactly("partner-federal", "partner-state");
    assertThatThrownBy(() -> db.sql("update intel_release set snapshot = '{}' where id = ?").param(release.get("ID"))
        .update()).hasMessageContaining("The intel_release record is immutable");

    cycle.completeTask(cycle.feedbackTask(intel, Role.PARTNER_FEDERAL), Role.PARTNER_FEDERAL.demoUserId(),
        cycle.feedback(true));
    cycle.completeTask(cycle.feedbackTask(intel, Role.PARTNER_STATE), Role.PARTNER_STATE.demoUserId(),
        cycle.feedback(true));
    assertThat(intel).hasPassed("Task_EvaluateFeedback").isEnded();
    assertThat(intel).hasPassed("EndEvent_RequirementSatisfied");
    assertThat(cycle.requirementStatus(intel)).isEqualTo("SATISFIED");
    assertThat(db.sql("select count(*) from intel_feedback where release_id = ?").param(release.get("ID"))
        .query(Integer.class).single()).isEqualTo(2);
  }

  @Test
  void returnedRequirementIsDraftedAgainAndMayBeWithdrawn() {
    ProcessInstance intel = cycle.raise();
    cycle.draft(intel, cycle.requirement());
    cycle.complete(intel.getId(), "Task_ApproveRequirement", SECOND_PLANNER,
        Variables.putValue("approvalOutcome", "RETURN").putValue("approvalComment", "Name the decision maker."));
    assertThat(intel).isWaitingAt("Task_DraftRequirement").variables()
        .containsEntry("returnReason", "Returned by " + SECOND_PLANNER + ": Name the decision maker.");
    assertThat(cycle.requirementStatus(intel)).isEqualTo("RETURNED");

    cycle.draft(intel, cycle.requirement());
    assertThat(intel).isWaitingAt("Task_ApproveRequirement");
    cycle.complete(intel.getId(), "Task_ApproveRequirement", SECOND_PLANNER,
        Variables.putValue("approvalOutcome", "RETURN").putValue("approvalComment", "Still unclear."));
    cycle.complete(intel.getId(), "Task_DraftRequirement", PLANNER, Variables.putValue("draftOutcome", "WITHDRAW"));
    assertThat(intel).hasPassed("EndEvent_RequirementWithdrawn").isEnded();
    assertThat(cycle.requirementStatus(intel)).isEqualTo("WITHDRAWN");
    assertThat(db.sql("select outcome from intel_requirement_review where requirement_id = ? order by reviewed_at")
        .param(cycle.requirementId(intel)).query(String.class).list()).containsExactly("RETURN", "RETURN");
  }

  @Test
  void theAuthorMayNeitherApproveTheRequirementNorReviewTheProduct() {
    ProcessInstance intel = cycle.raise();
    cycle.draft(intel, cycle.requirement());
    Task approval = cycle.task(intel.getId(), "Task_ApproveRequirement");
    cycle.actAs(PLANNER);
    assertThatThrownBy(() -> engine.getTaskService().claim(approval.getId(), PLANNER))
        .hasRootCauseInstanceOf(AuthorizationException.class).hasMessageContaining("Separation of duties");
    assertThatThrownBy(() -> cycle.complete(intel.getId(), "Task_ApproveRequirement", PLANNER,
        Variables.putValue("approvalOutcome", "APPROVE")))
        .hasRootCauseInstanceOf(AuthorizationException.class).hasMessageContaining(PLANNER + " wrote the requirement");
    assertThat(intel).isWaitingAt("Task_ApproveRequirement");

    ProcessInstance produced = cycle.producedCycle("TLP_AMBER");
    assertThatThrownBy(() -> cycle.complete(produced.getId(), "Task_PeerReviewProduct", ANALYST,
        cycle.peerReview("ACCEPT")))
        .hasRootCauseInstanceOf(AuthorizationException.class).hasMessageContaining("a version of this product");
    assertThat(db.sql("select count(*) from intel_peer_review where product_id = ?")
        .param(cycle.variable(produced, "productId")).query(Integer.class).single()).isZero();
  }

  @Test
  void anAuthorOfAnyVersionMayNotReviewTheProduct() {
    ProcessInstance intel = cycle.producedCycle("TLP_AMBER");
    cycle.peerReview(intel, cycle.peerReview("SEND_BACK"));
    // the reviewer revises the product in place of its author, and so becomes an author too
    cycle.complete(intel.getId(), "Task_ReviseProduct", SECOND_ANALYST, cycle.product(intel, "TLP_AMBER"));
    assertThat(intel).variables().containsEntry("productAuthors", ANALYST + "," + SECOND_ANALYST);

    for (String author : List.of(ANALYST, SECOND_ANALYST)) {
      assertThatThrownBy(() -> cycle.complete(intel.getId(), "Task_PeerReviewProduct", author,
          cycle.peerReview("ACCEPT"))).as(author).hasRootCauseInstanceOf(AuthorizationException.class)
          .hasMessageContaining("a version of this product");
    }
    assertThat(intel).isWaitingAt("Task_PeerReviewProduct");
  }

  @Test
  void overdueCollectionAlertsThePlannersAndLapsesIntoAGapAtTheLatestTimeOfValue() {
    ProcessInstance intel = cycle.raise();
    cycle.draft(intel, cycle.requirement());
    cycle.approve(intel);
    cycle.planCollection(intel, "DeConcini crossing officers", "Mexican customs liaison");

    Task first = cycle.collectionTasks(intel).get(0);
    cycle.fireTimer(intel, first.getExecutionId(), "Event_CollectionOverdue");
    Task followUp = cycle.task(intel.getId(), "Task_FollowUpOverdueCollection");
    assertThat(followUp).hasCandidateGroup("intel-planners");
    cycle.completeTask(followUp, PLANNER, Variables.putValue("followUpNote", "Called the port director."));
    assertThat(db.sql("select count(*) from intel_collection_follow_up").query(Integer.class).single()).isPositive();

    cycle.completeTask(first, COLLECTOR, cycle.collected("Couriers cross on foot at rush hour."));
    Task second = cycle.collectionTasks(intel).get(0);
    cycle.fireTimer(intel, second.getExecutionId(), "Event_CollectionOverdue");
    assertThat(cycle.task(intel.getId(), "Task_FollowUpOverdueCollection")).isNotNull();
    cycle.fireTimer(intel, second.getExecutionId(), "Event_TimeOfValuePassed");
    assertThat(intel).hasPassed("Task_RecordCollectionGap", "EndEvent_CollectionLapsed")
        .isWaitingAt("Task_ProcessCollection");
    assertThat(cycle.task(intel.getId(), "Task_FollowUpOverdueCollection")).as("follow-up withdrawn").isNull();
    assertThat(intel).variables().containsEntry("collectedCount", 1).containsEntry("gapCount", 1);
    assertThat(db.sql("""
        select gap_description from intel_collection_result where requirement_id = ? and outcome = 'GAP'""")
        .param(cycle.requirementId(intel)).query(String.class).single()).startsWith("No result before");
  }

  @Test
  void nothingCollectedIsRetaskedAndNothingKeptClosesTheRequirementUnanswered() {
    ProcessInstance intel = cycle.raise();
    cycle.draft(intel, cycle.requirement());
    cycle.approve(intel);
    cycle.planCollection(intel, "Mexican customs liaison");
    cycle.completeTask(cycle.collectionTasks(intel).get(0), COLLECTOR, cycle.gap());
    assertThat(intel).isWaitingAt("Task_DecideOnCollectionGaps").variables().containsEntry("collectedCount", 0);

    cycle.complete(intel.getId(), "Task_DecideOnCollectionGaps", PLANNER, Variables
        .putValue("gapDecision", "RETASK").putValue("gapDecisionRationale", "Try the field officers instead."));
    assertThat(intel).isWaitingAt("Task_PlanCollection");
    cycle.planCollection(intel, "DeConcini crossing officers");
    cycle.collectAll(intel);
    assertThat(intel).isWaitingAt("Task_ProcessCollection");

    Map<String, Object> entry = new LinkedHashMap<>(processedEntries(intel).get(0));
    entry.put("disposition", "DISCARD");
    entry.put("reason", "Rumour; the officer did not see it.");
    cycle.complete(intel.getId(), "Task_ProcessCollection", ANALYST, Variables.createVariables()
        .putValueTyped("processedResults", IntelligenceCycleDriver.json(List.of(entry)))
        .putValue("processingSummary", "Nothing usable."));
    assertThat(intel).isWaitingAt("Task_DecideOnCollectionGaps").variables().containsEntry("keptCount", 0);

    cycle.complete(intel.getId(), "Task_DecideOnCollectionGaps", PLANNER, Variables
        .putValue("gapDecision", "CLOSE_UNANSWERED").putValue("gapDecisionRationale", "No coverage this quarter."));
    assertThat(intel).hasPassed("EndEvent_RequirementUnanswered").isEnded();
    assertThat(cycle.requirementStatus(intel)).isEqualTo("UNANSWERED");
    assertThat(db.sql("""
        select disposition, reason from intel_processed_result where result_id = ?""")
        .param(entry.get("resultId")).query().singleRow()).containsEntry("DISPOSITION", "DISCARD");
  }

  @Test
  void productSentBackByThePeerReviewerIsRevisedByItsAuthorAsANewVersion() {
    ProcessInstance intel = cycle.producedCycle("TLP_AMBER");
    VariableMap sendBack = cycle.peerReview("SEND_BACK").putValue("tcConsistency", "NOT_MET");
    cycle.peerReview(intel, sendBack);
    assertThat(intel).isWaitingAt("Task_ReviseProduct");
    assertThat(cycle.task(intel.getId(), "Task_ReviseProduct")).isAssignedTo(ANALYST);
    assertThat(intel).variables().containsEntry("reworkReason",
        "Peer review by " + SECOND_ANALYST + ": Explain the change from last month.");

    cycle.complete(intel.getId(), "Task_ReviseProduct", ANALYST, cycle.product(intel, "TLP_AMBER"));
    assertThat(intel).isWaitingAt("Task_PeerReviewProduct").variables().containsEntry("productVersion", 2);
    assertThat(db.sql("select count(*) from intel_product_version where product_id = ?")
        .param(cycle.variable(intel, "productId")).query(Integer.class).single()).isEqualTo(2);

    assertThatThrownBy(() -> cycle.peerReview(intel, cycle.peerReview("ACCEPT").putValue("tcSources", "NOT_MET")))
        .hasRootCauseInstanceOf(FormFieldValidationException.class).hasMessageContaining("cannot accept")
        .hasMessageContaining("tcSources");
    cycle.peerReview(intel, cycle.peerReview("ACCEPT").putValue("tcVisuals", "NOT_APPLICABLE"));
    assertThat(intel).isWaitingAt("Task_ReleaseProduct");
  }

  @Test
  void releaseAboveAGroupsMarkingIsRefusedAndTheProductMayBeReturnedForRevision() {
    ProcessInstance intel = cycle.producedCycle("TLP_AMBER");
    cycle.peerReview(intel, cycle.peerReview("ACCEPT"));

    assertThatThrownBy(() -> cycle.release(intel, RELEASE_OFFICER,
        cycle.release("partner-federal", "partner-private-sector")))
        .hasRootCauseInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("recipientGroups contains partner-private-sector, which may receive at most TLP:GREEN;"
            + " this product is TLP:AMBER");
    assertThat(db.sql("select count(*) from intel_release where product_id = ?")
        .param(cycle.variable(intel, "productId")).query(Integer.class).single()).isZero();

    cycle.release(intel, RELEASE_OFFICER, Variables.createVariables().putValue("releaseOutcome",
        "RETURN_FOR_REVISION").putValue("releaseComment", "Write a TLP:GREEN tear line for the private sector."));
    assertThat(intel).isWaitingAt("Task_ReviseProduct");
    cycle.complete(intel.getId(), "Task_ReviseProduct", ANALYST, cycle.product(intel, "TLP_RED"));
    cycle.peerReview(intel, cycle.peerReview("ACCEPT"));
    assertThat(intel).isWaitingAt("Task_ReleaseProduct").variables().containsEntry("releaseAuthority", "executives");
    assertThat(cycle.task(intel.getId(), "Task_ReleaseProduct")).hasCandidateGroup("executives");

    cycle.release(intel, Role.EXECUTIVES.demoUserId(), cycle.release("partner-federal"));
    assertThat(intel).isWaitingAt("CallActivity_GatherFeedback");
  }

  @Test
  void unsatisfiedFeedbackRefinesTheRequirementIntoANewLinkedCycle() {
    ProcessInstance intel = cycle.producedCycle("TLP_GREEN");
    cycle.peerReview(intel, cycle.peerReview("ACCEPT"));
    cycle.release(intel, RELEASE_OFFICER, cycle.release("partner-local", "partner-private-sector"));
    cycle.completeTask(cycle.feedbackTask(intel, Role.PARTNER_LOCAL), Role.PARTNER_LOCAL.demoUserId(),
        cycle.feedback(true));
    assertThatThrownBy(() -> cycle.completeTask(cycle.feedbackTask(intel, Role.PARTNER_PRIVATE_SECTOR),
        Role.PARTNER_PRIVATE_SECTOR.demoUserId(), cycle.feedback(false).putValue("feedbackComment", "")))
        .hasRootCauseInstanceOf(FormFieldValidationException.class).hasMessageContaining("feedbackComment is required");
    cycle.completeTask(cycle.feedbackTask(intel, Role.PARTNER_PRIVATE_SECTOR),
        Role.PARTNER_PRIVATE_SECTOR.demoUserId(), cycle.feedback(false));
    assertThat(intel).isWaitingAt("Task_RefineRequirement").variables()
        .containsEntry("allRecipientsSatisfied", false);

    VariableMap refined = cycle.requirement();
    refined.putValue("requirementQuestion", "At what times of day do couriers use the vehicle lanes at Nogales?");
    cycle.complete(intel.getId(), "Task_RefineRequirement", SECOND_PLANNER, refined);
    assertThat(intel).hasPassed("EndEvent_RequirementRefined").isEnded();
    assertThat(cycle.requirementStatus(intel)).isEqualTo("REFINED");

    Map<String, Object> next = db.sql("select * from intel_requirement where previous_requirement_id = ?")
        .param(cycle.requirementId(intel)).query().singleRow();
    assertThat(next).containsEntry("AUTHOR", SECOND_PLANNER).containsEntry("STATUS", "PROPOSED");
    ProcessInstance nextCycle = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId((String) next.get("PROCESS_INSTANCE_ID")).singleResult();
    assertThat(nextCycle).hasPassed("Task_RecordGivenRequirement").isWaitingAt("Task_ApproveRequirement");
  }

  @Test
  void invalidInputIsRefusedNamingEachFieldAndWritesNothing() {
    ProcessInstance intel = cycle.raise();
    VariableMap invalid = cycle.requirement("no-such-risk");
    invalid.putValueTyped("linkedGoals", IntelligenceCycleDriver.json(List.of("VS2020-99")));
    invalid.putValue("latestTimeOfValue", LocalDate.now().minusDays(1).toString());
    invalid.putValue("handlingCaveat", "SECRET");
    assertThatThrownBy(() -> cycle.draft(intel, invalid)).hasRootCauseInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("linkedGoals contains 'VS2020-99'")
        .hasMessageContaining("linkedRisks contains 'no-such-risk'")
        .hasMessageContaining("latestTimeOfValue must be after today")
        .hasMessageContaining("handlingCaveat must be one of");
    assertThat(db.sql("select count(*) from intel_requirement where process_instance_id = ?").param(intel.getId())
        .query(Integer.class).single()).isZero();

    cycle.draft(intel, cycle.requirement());
    cycle.approve(intel);
    Map<String, Object> late = cycle.asset("DeConcini crossing officers", LocalDate.now().plusDays(90));
    assertThatThrownBy(() -> cycle.complete(intel.getId(), "Task_PlanCollection", COLLECTOR, Variables
        .createVariables().putValueTyped("collectionAssets", IntelligenceCycleDriver.json(List.of(late)))))
        .hasRootCauseInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("collectionAssets[0].dueDate must not be after the latest time of value");
    cycle.planCollection(intel, "DeConcini crossing officers");
    assertThatThrownBy(() -> cycle.completeTask(cycle.collectionTasks(intel).get(0), COLLECTOR,
        cycle.collected("Seen.").putValue("informationCredibility", "7").putValue("sourceReliability", "G")))
        .hasRootCauseInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("informationCredibility must be one of 1, 2, 3, 4, 5, 6")
        .hasMessageContaining("sourceReliability must be one of A, B, C, D, E, F");
    assertThat(db.sql("select count(*) from intel_collection_result where requirement_id = ?")
        .param(cycle.requirementId(intel)).query(Integer.class).single()).isZero();
  }

  private List<Map<String, Object>> processedEntries(ProcessInstance intel) {
    return db.sql("""
        select r.id from intel_collection_result r where r.requirement_id = ? and r.outcome = 'COLLECTED'
          and not exists (select 1 from intel_processed_result p where p.result_id = r.id)""")
        .param(cycle.requirementId(intel)).query(String.class).list().stream()
        .map(id -> Map.<String, Object>of("resultId", id, "disposition", "KEEP", "sourceReliability", "B",
            "informationCredibility", "2"))
        .toList();
  }
}
