package org.riskcycle.risk.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
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

/** The contract of {@code /api/v1/assessments}: starting an assessment with its context, and reading it. */
@RiskCycleTest
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class AssessmentApiTest {

  @Autowired
  TestRestTemplate http;

  @Autowired
  ObjectMapper json;

  @Autowired
  JdbcClient db;

  @Autowired
  ProcessEngine engine;

  @Test
  void anAssessmentShowsItsStepsRisksAlternativesAndDecisionsAndIsFoundByStep() throws Exception {
    String id = json.readTree(post("planner", context(), null).getBody()).get("id").asText();
    JsonNode started = json.readTree(get("integrator", "/api/v1/assessments/" + id).getBody());
    assertThat(started.get("steps").findValuesAsText("state"))
        .containsExactly("DONE", "CURRENT", "PENDING", "PENDING", "PENDING", "PENDING");
    assertThat(listed("IDENTIFY_RISKS")).contains(id);
    assertThat(listed("ANALYZE_AND_ASSESS")).doesNotContain(id);

    RiskCycleDriver cycle = new RiskCycleDriver(engine, db);
    String processInstanceId = db.sql("select process_instance_id from risk_assessment where id = ?").param(id)
        .query(String.class).single();
    cycle.identifyRisks(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(processInstanceId)
        .singleResult(), cycle.risks(List.of(cycle.risk("Fentanyl in pedestrian lanes"),
            cycle.risk("Fentanyl in commercial cargo"))));
    assertThat(listed("ANALYZE_AND_ASSESS")).contains(id);
    String riskId = db.sql("select id from risk where assessment_id = ? and title = ?")
        .params(id, "Fentanyl in pedestrian lanes").query(String.class).single();
    var treatment = cycle.treatment(riskId);
    cycle.assess(treatment, cycle.assessment("HIGH", "HIGH"));
    cycle.developAlternatives(treatment, "planner", cycle.alternatives());
    cycle.decide(treatment, "executive", cycle.returned("SEND_BACK"));

    JsonNode assessment = json.readTree(get("integrator", "/api/v1/assessments/" + id).getBody());
    assertThat(assessment.get("steps").findValuesAsText("state"))
        .containsExactly("DONE", "DONE", "CURRENT", "CURRENT", "PENDING", "PENDING");
    JsonNode risk = assessment.get("risks").findParents("id").stream()
        .filter(node -> node.get("id").asText().equals(riskId)).findFirst().orElseThrow();
    assertThat(risk.get("currentStep").asText()).isEqualTo("DEVELOP_ALTERNATIVES");
    assertThat(risk.get("title").asText()).isEqualTo("Fentanyl in pedestrian lanes");
    assertThat(risk.get("alternatives").findValuesAsText("treatment")).containsExactlyInAnyOrder("ACCEPT", "CONTROL");
    assertThat(risk.at("/decisions/0/outcome").asText()).isEqualTo("SEND_BACK");
    assertThat(listed("DEVELOP_ALTERNATIVES")).contains(id);
    assertThat(get("integrator", "/api/v1/assessments?step=SOMEWHERE").getStatusCode().value()).isEqualTo(400);
  }

  @Test
  void fiftyParallelStartsWithOneIdempotencyKeyMakeOneAssessment() throws Exception {
    String key = "parallel-" + UUID.randomUUID();
    Map<String, Object> context = context();
    ExecutorService clients = Executors.newFixedThreadPool(50);
    try {
      List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        answers.add(clients.submit(() -> post("integrator", context, key)));
      }
      Set<String> ids = new HashSet<>();
      for (Future<ResponseEntity<String>> answer : answers) {
        ResponseEntity<String> response = answer.get(60, TimeUnit.SECONDS);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isIn(200, 201);
        ids.add(json.readTree(response.getBody()).get("id").asText());
      }
      assertThat(ids).hasSize(1);
      assertThat(db.sql("select count(*) from risk_assessment where id = ?").param(ids.iterator().next())
          .query(Long.class).single()).isOne();
      assertThat(db.sql("select count(*) from api_idempotency_key where idempotency_key = ?").param(key)
          .query(Long.class).single()).isOne();
    } finally {
      clients.shutdownNow();
    }
  }

  private List<String> listed(String step) throws Exception {
    return json.readTree(get("integrator", "/api/v1/assessments?size=100&step=" + step).getBody()).get("items")
        .findValuesAsText("id");
  }

  @Test
  void plannerStartsAnAssessmentWithItsContextAndReadsIt() throws Exception {
    ResponseEntity<String> created = post("planner", context(), null);

    assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
    JsonNode assessment = json.readTree(created.getBody());
    String id = assessment.get("id").asText();
    assertThat(created.getHeaders().getLocation()).hasToString("/api/v1/assessments/" + id);
    assertThat(assessment.get("status").asText()).isEqualTo("OPEN");
    assertThat(assessment.get("iteration").asInt()).isEqualTo(1);
    assertThat(assessment.get("createdBy").asText()).isEqualTo("planner");
    assertThat(assessment.at("/context/riskTolerance").asText()).isEqualTo("MODERATE");
    assertThat(assessment.at("/context/goalsAtStake").toString()).isEqualTo("[\"VS2020-1\",\"VS2020-1.A\"]");
    assertThat(assessment.at("/openTasks/0/taskDefinitionKey").asText()).isEqualTo("Task_IdentifyRisks");
    assertThat(assessment.at("/openTasks/0/candidateGroups").toString()).contains("planners", "risk-analysts");

    ResponseEntity<String> read = get("integrator", "/api/v1/assessments/" + id);
    assertThat(read.getStatusCode().value()).isEqualTo(200);
    assertThat(json.readTree(read.getBody()).get("title").asText()).isEqualTo(assessment.get("title").asText());
  }

  @Test
  void integratorsMayStartAssessmentsAndAnalystsMayNot() throws Exception {
    assertThat(post("integrator", context(), null).getStatusCode().value()).isEqualTo(201);

    ResponseEntity<String> refused = post("analyst", context(), null);

    assertThat(refused.getStatusCode().value()).isEqualTo(403);
    assertThat(json.readTree(refused.getBody()).get("type").asText()).isEqualTo("urn:riskcycle:problem:forbidden");
  }

  @Test
  void partnersMayNotReadTheRiskRegister() throws Exception {
    String id = json.readTree(post("planner", context(), null).getBody()).get("id").asText();

    ResponseEntity<String> response = get("federal", "/api/v1/assessments/" + id);

    assertThat(response.getStatusCode().value()).isEqualTo(403);
    assertThat(get("auditor", "/api/v1/assessments/" + id).getStatusCode().value()).isEqualTo(200);
  }

  @Test
  void withoutCredentialsTheAnswerIs401() {
    ResponseEntity<String> response = http.postForEntity("/api/v1/assessments",
        new HttpEntity<>("{}", jsonHeaders()), String.class);

    assertThat(response.getStatusCode().value()).isEqualTo(401);
  }

  @Test
  void invalidFieldsAreNamed() throws Exception {
    Map<String, Object> missingTitle = context();
    missingTitle.remove("title");
    assertThat(fields(post("planner", missingTitle, null))).contains("title");

    Map<String, Object> unknownLevel = context();
    unknownLevel.put("riskTolerance", "EXTREME");
    assertThat(fields(post("planner", unknownLevel, null))).containsExactly("riskTolerance");

    Map<String, Object> unknownGoalAndPastDeadline = context();
    unknownGoalAndPastDeadline.put("goalsAtStake", List.of("VS2020-1", "NOPE-9"));
    unknownGoalAndPastDeadline.put("decisionDeadline", LocalDate.now().minusDays(1).toString());
    ResponseEntity<String> refused = post("planner", unknownGoalAndPastDeadline, null);
    assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
    assertThat(fields(refused)).containsExactlyInAnyOrder("goalsAtStake", "decisionDeadline");
    assertThat(refused.getBody()).contains("'NOPE-9', not a current goal or objective");
  }

  @Test
  void aRetryWithTheSameKeyAnswersTheFirstAssessmentAndAnotherBodyIsRefused() throws Exception {
    Map<String, Object> context = context();
    String key = "retry-" + System.nanoTime();

    ResponseEntity<String> created = post("integrator", context, key);
    ResponseEntity<String> retry = post("integrator", context, key);
    Map<String, Object> other = new LinkedHashMap<>(context);
    other.put("title", "Another assessment " + key);
    ResponseEntity<String> reused = post("integrator", other, key);

    assertThat(retry.getStatusCode().value()).isEqualTo(201);
    assertThat(json.readTree(retry.getBody()).get("id").asText())
        .isEqualTo(json.readTree(created.getBody()).get("id").asText());
    assertThat(db.sql("select count(*) from risk_assessment where title = ?").param(context.get("title"))
        .query(Long.class).single()).isOne();
    assertThat(reused.getStatusCode().value()).isEqualTo(422);
    assertThat(json.readTree(reused.getBody()).get("type").asText())
        .isEqualTo("urn:riskcycle:problem:idempotency-key-reused");
    assertThat(db.sql("select count(*) from risk_assessment where title = ?").param(other.get("title"))
        .query(Long.class).single()).isZero();
  }

  @Test
  void assessmentsAreListedNewestFirstFilteredAndPaged() throws Exception {
    Map<String, Object> objectiveAtStake = context();
    objectiveAtStake.put("goalsAtStake", List.of("OFO2007-2.1"));
    String first = json.readTree(post("planner", objectiveAtStake, null).getBody()).get("id").asText();
    String second = json.readTree(post("planner", objectiveAtStake, null).getBody()).get("id").asText();

    JsonNode page = json.readTree(get("auditor", "/api/v1/assessments?goal=OFO2007-2.1&status=OPEN&size=1")
        .getBody());
    JsonNode next = json.readTree(get("auditor", "/api/v1/assessments?goal=OFO2007-2.1&size=1&page=1").getBody());

    assertThat(page.get("totalItems").asLong()).isEqualTo(2);
    assertThat(page.get("totalPages").asLong()).isEqualTo(2);
    assertThat(page.at("/items/0/id").asText()).isEqualTo(second);
    assertThat(page.at("/items/0/riskTolerance").asText()).isEqualTo("MODERATE");
    assertThat(next.at("/items/0/id").asText()).isEqualTo(first);
    assertThat(json.readTree(get("auditor", "/api/v1/assessments?goal=OFO2007-2.1&level=VERY_HIGH").getBody())
        .get("totalItems").asLong()).isZero();
    assertThat(fields(get("auditor", "/api/v1/assessments?status=DONE&size=500")))
        .containsExactlyInAnyOrder("status", "size");
    assertThat(fields(get("auditor", "/api/v1/assessments?level=SEVERE"))).containsExactly("level");
  }

  @Test
  void anUnknownAssessmentIs404() throws Exception {
    ResponseEntity<String> response = get("planner", "/api/v1/assessments/no-such-assessment");

    assertThat(response.getStatusCode().value()).isEqualTo(404);
    assertThat(json.readTree(response.getBody()).get("type").asText()).isEqualTo("urn:riskcycle:problem:not-found");
  }

  private Map<String, Object> context() {
    return AssessmentRequests.context("Fentanyl smuggling at southwest land ports, API " + System.nanoTime());
  }

  private List<String> fields(ResponseEntity<String> response) throws Exception {
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
    JsonNode problem = json.readTree(response.getBody());
    assertThat(problem.get("type").asText()).isEqualTo("urn:riskcycle:problem:invalid-request");
    return problem.findValues("field").stream().map(JsonNode::asText).toList();
  }

  private ResponseEntity<String> post(String user, Map<String, Object> body, String idempotencyKey)
      throws Exception {
    HttpHeaders headers = jsonHeaders();
    if (idempotencyKey != null) {
      headers.add("Idempotency-Key", idempotencyKey);
    }
    return http.withBasicAuth(user, user).exchange("/api/v1/assessments", HttpMethod.POST,
        new HttpEntity<>(json.writeValueAsString(body), headers), String.class);
  }

  private ResponseEntity<String> get(String user, String path) {
    return http.withBasicAuth(user, user).getForEntity(path, String.class);
  }

  private static HttpHeaders jsonHeaders() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return headers;
  }
}
