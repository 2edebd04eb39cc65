package org.riskcycle.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.Test;
import org.riskcycle.RiskCycleTest;
import org.riskcycle.access.Role;
import org.riskcycle.risk.RiskCycleDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestExecutionListeners;

/**
 * Users acting on the same task or risk at once: exactly one completion succeeds, the other is told why with 409,
 * and nothing acknowledged is lost.
 */
@RiskCycleTest
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class ConcurrentWorkTest {

  @Autowired
  TestRestTemplate http;

  @Autowired
  ObjectMapper json;

  @Autowired
  ProcessEngine engine;

  @Autowired
  JdbcClient db;

  @Test
  void twoAnalystsCompletingOneAssessmentAtOnce() throws Exception {
    RiskCycleDriver cycle = new RiskCycleDriver(engine, db);
    int rounds = 10;
    List<Integer> losers = new ArrayList<>();
    ExecutorService users = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < rounds; round++) {
        ProcessInstance risk = cycle.assessmentWithRisks("Contested " + round).get(0);
        Task task = cycle.task(risk.getId(), "Task_AssessRisk");
        String body = json.writeValueAsString(Map.of("variables", Map.of(
            "likelihood", Map.of("value", "HIGH"), "impact", Map.of("value", "HIGH"),
            "vulnerability", Map.of("value", "Thin coverage"), "consequence", Map.of("value", "Harm"),
            "confidence", Map.of("value", "MODERATE"), "rationale", Map.of("value", "Seizure trends"))));
        CyclicBarrier together = new CyclicBarrier(2);
        List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
        for (String user : List.of("analyst", "analyst")) {
          answers.add(users.submit(() -> {
            together.await();
            return complete(user, task.getId(), body);
          }));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<ResponseEntity<String>> answer : answers) {
          ResponseEntity<String> response = answer.get(30, TimeUnit.SECONDS);
          statuses.add(response.getStatusCode().value());
          if (response.getStatusCode().value() != 204) {
            assertThat(response.getBody()).as("the loser is told why").containsIgnoringCase("task");
          }
        }
        assertThat(statuses).as("round " + round).containsOnlyOnce(204);
        statuses.remove(Integer.valueOf(204));
        losers.addAll(statuses);
        assertThat(db.sql("select count(*) from risk_score where risk_id = ?").param(risk.getBusinessKey())
            .query(Long.class).single()).as("one score recorded").isOne();
      }
    } finally {
      users.shutdownNow();
    }
    System.out.println("Concurrency: " + rounds + " contested completions, losers answered " + losers);
    assertThat(losers).allSatisfy(status -> assertThat(status).isEqualTo(409));
  }

  /**
   * A risk manager completes the review of a monitored risk while two others report new information about it, which
   * interrupts the review: every acknowledged report and review is in the register, and a loser is told with 409.
   */
  @Test
  void concurrentReviewsOfOneRiskLoseNoUpdate() throws Exception {
    RiskCycleDriver cycle = new RiskCycleDriver(engine, db);
    int rounds = 8;
    Map<String, List<Integer>> answered = new TreeMap<>();
    ExecutorService users = Executors.newFixedThreadPool(3);
    try {
      for (int round = 0; round < rounds; round++) {
        ProcessInstance risk = monitoredRisk(cycle, "Reviewed and reported " + round);
        String riskId = risk.getBusinessKey();
        String assessmentId = db.sql("select assessment_id from risk where id = ?").param(riskId)
            .query(String.class).single();
        String reviewTaskId = cycle.task(risk.getId(), "Task_ReviewTreatment").getId();
        String review = json.writeValueAsString(Map.of("variables", Map.of(
            "observedLikelihood", Map.of("value", "LOW"), "observedImpact", Map.of("value", "HIGH"),
            "observedEffect", Map.of("value", "Seizures up, as expected"),
            "reviewOutcome", Map.of("value", "EFFECTIVE"))));
        String informationPath = "/api/v1/assessments/" + assessmentId + "/risks/" + riskId + "/information";
        CyclicBarrier together = new CyclicBarrier(3);
        Future<ResponseEntity<String>> reviewed = users.submit(() -> {
          together.await();
          return complete(Role.RISK_MANAGERS.demoUserId(), reviewTaskId, review);
        });
        Map<String, Future<ResponseEntity<String>>> reports = new LinkedHashMap<>();
        for (Role reporter : List.of(Role.RISK_ANALYSTS, Role.INTEGRATORS)) {
          String summary = "Round " + round + ": " + reporter.demoUserId() + " saw new crossings";
          reports.put(summary, users.submit(() -> {
            together.await();
            return post(reporter.demoUserId(), informationPath,
                json.writeValueAsString(Map.of("summary", summary, "source", "Field report")));
          }));
        }

        ResponseEntity<String> reviewAnswer = reviewed.get(30, TimeUnit.SECONDS);
        answered.computeIfAbsent("review", kind -> new ArrayList<>()).add(reviewAnswer.getStatusCode().value());
        long reviews = db.sql("select count(*) from risk_review where risk_id = ?").param(riskId)
            .query(Long.class).single();
        if (reviewAnswer.getStatusCode().is2xxSuccessful()) {
          assertThat(reviews).as("the acknowledged review is recorded, round " + round).isOne();
        } else {
          assertThat(reviewAnswer.getStatusCode().value()).as(reviewAnswer.getBody()).isEqualTo(409);
          assertThat(reviewAnswer.getBody()).as("the reviewer is told why")
              .containsAnyOf("TaskCancelled", "OptimisticLockingException");
          assertThat(reviews).as("a refused review writes nothing").isZero();
        }
        int acknowledgedReports = 0;
        for (Map.Entry<String, Future<ResponseEntity<String>>> report : reports.entrySet()) {
          ResponseEntity<String> answer = report.getValue().get(30, TimeUnit.SECONDS);
          answered.computeIfAbsent("information", kind -> new ArrayList<>()).add(answer.getStatusCode().value());
          long recorded = db.sql("select count(*) from risk_information where risk_id = ? and summary = ?")
              .params(riskId, report.getKey()).query(Long.class).single();
          if (answer.getStatusCode().is2xxSuccessful()) {
            acknowledgedReports++;
            assertThat(recorded).as("the acknowledged report is recorded: " + report.getKey()).isOne();
          } else {
            assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(409);
            assertThat(recorded).isZero();
          }
        }
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(risk.getId())
            .activityId("Task_RecordNewInformation").count()).as("each recorded report re-opened the assessment")
            .isEqualTo(acknowledgedReports);
        if (acknowledgedReports > 0) {
          assertThat(cycle.task(risk.getId(), "Task_AssessRisk")).as("the risk is assessed again").isNotNull();
          assertThat(cycle.task(risk.getId(), "Task_ReviewTreatment")).isNull();
        }
      }
    } finally {
      users.shutdownNow();
    }
    System.out.println("Concurrency: " + rounds + " reviews each raced by two reports of new information, answered "
        + answered);
    assertThat(answered.get("information")).as("reports are retried until they land").containsOnly(200);
  }

  @Test
  void completingATaskSomeoneCompletedAlreadyIsAConflict() throws Exception {
    RiskCycleDriver cycle = new RiskCycleDriver(engine, db);
    ProcessInstance risk = cycle.assessmentWithRisks("Completed already").get(0);
    String taskId = cycle.task(risk.getId(), "Task_AssessRisk").getId();
    cycle.assess(risk, cycle.assessment("LOW", "LOW"));

    ResponseEntity<String> late = complete("analyst", taskId, "{\"variables\": {}}");

    assertThat(late.getStatusCode().value()).isEqualTo(409);
    assertThat(late.getBody()).contains("TaskAlreadyCompleted", "already completed");
    ResponseEntity<String> unknown = complete("analyst", "no-such-task", "{\"variables\": {}}");
    assertThat(unknown.getStatusCode().value()).as("an unknown task stays unknown: " + unknown.getBody())
        .isEqualTo(404);
  }

  private ProcessInstance monitoredRisk(RiskCycleDriver cycle, String title) {
    ProcessInstance risk = cycle.assessmentWithRisks(title).get(0);
    cycle.assess(risk, cycle.assessment("HIGH", "HIGH"));
    cycle.developAlternatives(risk, Role.PLANNERS.demoUserId(), cycle.alternatives());
    cycle.decide(risk, Role.EXECUTIVES.demoUserId(), cycle.choice(cycle.alternativeId(risk, "CONTROL")));
    cycle.implement(risk, Role.PLANNERS.demoUserId());
    cycle.fireTimer(risk, "Event_ReviewDue");
    return risk;
  }

  private ResponseEntity<String> post(String user, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, user).exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers),
        String.class);
  }

  private ResponseEntity<String> complete(String user, String taskId, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, user).exchange("/engine-rest/task/" + taskId + "/complete", HttpMethod.POST,
        new HttpEntity<>(body, headers), String.class);
  }
}
