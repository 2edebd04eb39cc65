package org.riskcycle.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

/** Two users acting on the same task at once: exactly one succeeds, the other is told why, with 409. */
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

  private ResponseEntity<String> complete(String user, String taskId, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, user).exchange("/engine-rest/task/" + taskId + "/complete", HttpMethod.POST,
        new HttpEntity<>(body, headers), String.class);
  }
}
