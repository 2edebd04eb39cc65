package org.riskcycle.risk.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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

/** The contract of {@code GET /api/v1/risks}: the register's risks, filtered and paged. */
@RiskCycleTest
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class RiskApiTest {

  @Autowired
  TestRestTemplate http;

  @Autowired
  ObjectMapper json;

  @Autowired
  ProcessEngine engine;

  @Autowired
  JdbcClient db;

  @Test
  void risksAreFilteredByLevelCategoryGoalAndOwnerAndPaged() throws Exception {
    RiskCycleDriver cycle = new RiskCycleDriver(engine, db);
    List<ProcessInstance> risks = cycle.assessmentWithRisks("Register risk assessed high", "Register risk new");
    cycle.assess(risks.get(0), cycle.assessment("VERY_HIGH", "VERY_HIGH"));
    String high = risks.get(0).getBusinessKey();

    JsonNode veryHigh = read("/api/v1/risks?level=VERY_HIGH&category=NARCOTICS_AND_OPIOIDS&goal=VS2020-1.A");
    JsonNode page = read("/api/v1/risks?goal=VS2020-1.A&size=1");

    assertThat(veryHigh.findValues("id").stream().map(JsonNode::asText).toList()).contains(high)
        .doesNotContain(risks.get(1).getBusinessKey());
    assertThat(veryHigh.at("/items/0/currentLevel").asText()).isEqualTo("VERY_HIGH");
    assertThat(veryHigh.at("/items/0/threatenedObjectives").toString()).contains("VS2020-1.A");
    assertThat(page.get("items")).hasSize(1);
    assertThat(page.get("totalItems").asLong()).isGreaterThanOrEqualTo(2);
    assertThat(read("/api/v1/risks?owner=nobody").get("totalItems").asLong()).isZero();
  }

  @Test
  void unknownCodesAndPagingOutOfRangeAreNamed() throws Exception {
    ResponseEntity<String> category = http.withBasicAuth("auditor", "auditor")
        .getForEntity("/api/v1/risks?category=ALIENS", String.class);
    ResponseEntity<String> paging = http.withBasicAuth("auditor", "auditor")
        .getForEntity("/api/v1/risks?page=-1&size=0", String.class);

    assertThat(category.getStatusCode().value()).isEqualTo(400);
    assertThat(json.readTree(category.getBody()).findValues("field").toString()).contains("category");
    assertThat(json.readTree(paging.getBody()).findValues("field").stream().map(JsonNode::asText).toList())
        .containsExactlyInAnyOrder("page", "size");
    assertThat(http.withBasicAuth("federal", "federal").getForEntity("/api/v1/risks", String.class)
        .getStatusCode().value()).isEqualTo(403);
  }

  @Test
  void newInformationReopensTheRisksAssessmentAndRecordsWhoReportedIt() throws Exception {
    RiskCycleDriver cycle = new RiskCycleDriver(engine, db);
    ProcessInstance risk = cycle.assessmentWithRisks("Risk with new information").get(0);
    cycle.assess(risk, cycle.assessment("HIGH", "HIGH"));
    String assessmentId = db.sql("select assessment_id from risk where id = ?").param(risk.getBusinessKey())
        .query(String.class).single();
    String path = "/api/v1/assessments/" + assessmentId + "/risks/" + risk.getBusinessKey() + "/information";
    String information = "{\"summary\": \"New concealment method seen.\", \"source\": \"IP-2026-0107\"}";

    ResponseEntity<String> reported = report("integrator", path, information);

    assertThat(reported.getStatusCode().value()).as(reported.getBody()).isEqualTo(200);
    assertThat(json.readTree(reported.getBody()).findValues("taskDefinitionKey").stream().map(JsonNode::asText)
        .toList()).contains("Task_AssessRisk").doesNotContain("Task_DevelopAlternatives");
    assertThat(db.sql("select reported_by from risk_information where risk_id = ?").param(risk.getBusinessKey())
        .query(String.class).single()).isEqualTo("integrator");
    assertThat(report("federal", path, information).getStatusCode().value()).isEqualTo(403);
    assertThat(report("auditor", path, information).getStatusCode().value()).isEqualTo(403);
    assertThat(json.readTree(report("integrator", path, "{\"summary\": \" \"}").getBody())
        .findValues("field").toString()).contains("summary");
    assertThat(report("integrator", "/api/v1/assessments/" + assessmentId + "/risks/unknown/information",
        information).getStatusCode().value()).isEqualTo(404);
  }

  @Test
  void aRisksHistoryAndTheHeatMapFollowItsScoresAndDecisions() throws Exception {
    RiskCycleDriver cycle = new RiskCycleDriver(engine, db);
    ProcessInstance risk = cycle.assessmentWithRisks("Risk with a history").get(0);
    cycle.assess(risk, cycle.assessment("HIGH", "HIGH"));
    cycle.developAlternatives(risk, "planner", cycle.alternatives());
    JsonNode before = read("/api/v1/risks/heatmap?goal=VS2020-1.A");
    cycle.decide(risk, "executive", cycle.choice(cycle.alternativeId(risk, "CONTROL")));

    JsonNode history = read("/api/v1/risks/" + risk.getBusinessKey() + "/history");
    JsonNode after = read("/api/v1/risks/heatmap?goal=VS2020-1.A");

    assertThat(history.at("/risk/title").asText()).isEqualTo("Risk with a history");
    assertThat(history.at("/scores/0/riskLevel").asText()).isEqualTo("HIGH");
    assertThat(history.at("/decisions/0/treatment").asText()).isEqualTo("CONTROL");
    assertThat(history.at("/decisions/0/decidedBy").asText()).isEqualTo("executive");
    assertThat(after.get("current")).hasSize(25);
    assertThat(count(after.get("residual"), "LOW", "HIGH"))
        .isEqualTo(count(before.get("residual"), "LOW", "HIGH") + 1);
    assertThat(count(after.get("current"), "HIGH", "HIGH"))
        .isEqualTo(count(before.get("current"), "HIGH", "HIGH"));
    assertThat(http.withBasicAuth("auditor", "auditor").getForEntity("/api/v1/risks/unknown/history", String.class)
        .getStatusCode().value()).isEqualTo(404);
  }

  @Test
  void theHeatMapAndAGoalsHealthCountItsOpenRisksAndItsObjectivesRisksAreListedUnderIt() throws Exception {
    String goal = "VS2020-3";
    String objective = "VS2020-3.B";
    RiskCycleDriver cycle = new RiskCycleDriver(engine, db);
    ProcessInstance cycleInstance = cycle.startAssessment();
    LocalDate today = LocalDate.now();
    cycle.defineContext(cycleInstance, cycle.context()
        .putValue("decisionDeadline", today.toString()).putValue("reviewHorizon", today.plusDays(1).toString())
        .putValueTyped("goalsAtStake", RiskCycleDriver.json(List.of(goal, objective))));
    Map<String, Object> risk = cycle.risk("Tunnels under the border wall");
    risk.put("threatenedObjectives", List.of(objective));
    cycle.identifyRisks(cycleInstance, cycle.risks(List.of(risk)));
    String riskId = db.sql("select id from risk where title = ?").param("Tunnels under the border wall")
        .query(String.class).single();
    ProcessInstance treatment = cycle.treatment(riskId);
    cycle.assess(treatment, cycle.assessment("VERY_HIGH", "HIGH"));
    cycle.developAlternatives(treatment, "planner", cycle.alternatives());
    cycle.decide(treatment, "executive", cycle.choice(cycle.alternativeId(treatment, "CONTROL"))
        .putValue("implementationDue", today.toString()));
    ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(1))));
    JsonNode lateHealth;
    try {
      lateHealth = read("/api/v1/goals/" + objective + "/health");
    } finally {
      ClockUtil.reset();
    }
    cycle.implement(treatment, "planner");
    cycle.fireTimer(treatment, "Event_ReviewDue");
    cycle.reviewTreatment(treatment, cycle.review("EFFECTIVE"));

    JsonNode openHeatMap = read("/api/v1/risks/heatmap?goal=" + goal);
    JsonNode openHealth = read("/api/v1/goals/" + goal + "/health");
    ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(2))));
    try {
      cycle.fireTimer(treatment, "Event_ReviewDue");
      cycle.reviewTreatment(treatment, cycle.review("EFFECTIVE"));
    } finally {
      ClockUtil.reset();
    }
    JsonNode closedHeatMap = read("/api/v1/risks/heatmap?goal=" + goal);
    JsonNode closedHealth = read("/api/v1/goals/" + goal + "/health");

    assertThat(db.sql("select status from risk where id = ?").param(riskId).query(String.class).single())
        .isEqualTo("CLOSED");
    assertThat(count(openHeatMap.get("current"), "VERY_HIGH", "HIGH")).isOne();
    assertThat(openHeatMap.get("current").findValues("level").toString()).isEqualTo("[\"HIGH\"]");
    assertThat(count(openHeatMap.get("residual"), "LOW", "HIGH")).isOne();
    assertThat(lateHealth.get("overdueTreatments").asInt()).as("in treatment past its due date").isOne();
    assertThat(lateHealth.get("health").asText()).isEqualTo("AT_RISK");
    assertThat(openHealth.get("risks").asInt()).isOne();
    assertThat(openHealth.get("overdueTreatments").asInt()).as("implemented").isZero();
    assertThat(Instant.parse(openHealth.get("lastReview").asText())).isEqualTo(db.sql(
        "select min(reviewed_at) from risk_review where risk_id = ?").param(riskId).query(Timestamp.class).single()
        .toInstant());
    assertThat(openHealth.has("riskIds")).isFalse();
    assertThat(closedHeatMap.get("current").findValues("count").stream().mapToLong(JsonNode::asLong).sum())
        .as("a closed risk leaves the heat map").isZero();
    assertThat(closedHeatMap.get("residual").findValues("count").stream().mapToLong(JsonNode::asLong).sum())
        .isZero();
    assertThat(closedHealth.get("health").asText()).isEqualTo("NO_RISKS");
    for (String threatened : List.of(goal, objective)) {
      assertThat(read("/api/v1/risks?goal=" + threatened).findValues("id").stream().map(JsonNode::asText).toList())
          .as("the register keeps the closed risk, listed under the goal and its objective").containsExactly(riskId);
    }
  }

  @Test
  void decisionRecordsAreListedByGoalDeciderAndDateAndReadWithTheirSnapshot() throws Exception {
    RiskCycleDriver cycle = new RiskCycleDriver(engine, db);
    ProcessInstance risk = cycle.assessmentWithRisks("Risk decided for the record").get(0);
    cycle.assess(risk, cycle.assessment("HIGH", "HIGH"));
    cycle.developAlternatives(risk, "planner", cycle.alternatives());
    cycle.decide(risk, "executive", cycle.choice(cycle.alternativeId(risk, "CONTROL")));
    String decisionId = db.sql("select id from risk_decision where risk_id = ?").param(risk.getBusinessKey())
        .query(String.class).single();
    String today = LocalDate.now().toString();

    JsonNode listed = read("/api/v1/decisions?goal=VS2020-1.A&decider=executive&from=" + today + "&to=" + today
        + "&size=100");
    JsonNode record = read("/api/v1/decisions/" + decisionId);

    assertThat(listed.findValues("id").stream().map(JsonNode::asText).toList()).contains(decisionId);
    assertThat(listed.at("/items/0/snapshot").isMissingNode()).isTrue();
    assertThat(record.get("outcome").asText()).isEqualTo("CHOOSE_ALTERNATIVE");
    assertThat(record.get("goalsAndObjectives").toString()).contains("VS2020-1", "VS2020-1.A");
    assertThat(record.at("/snapshot/risk/title").asText()).isEqualTo("Risk decided for the record");
    assertThat(record.at("/snapshot/alternatives").size()).isEqualTo(2);
    assertThat(read("/api/v1/decisions?decider=nobody").get("totalItems").asLong()).isZero();
    ResponseEntity<String> reversed = http.withBasicAuth("auditor", "auditor")
        .getForEntity("/api/v1/decisions?from=2027-01-02&to=2027-01-01", String.class);
    assertThat(reversed.getStatusCode().value()).isEqualTo(400);
    assertThat(reversed.getBody()).contains("\"field\":\"to\"");
    assertThat(http.withBasicAuth("auditor", "auditor").getForEntity("/api/v1/decisions/unknown", String.class)
        .getStatusCode().value()).isEqualTo(404);
    assertThat(http.withBasicAuth("federal", "federal").getForEntity("/api/v1/decisions", String.class)
        .getStatusCode().value()).isEqualTo(403);
  }

  @Test
  void aGoalsHealthFollowsTheRisksThatThreatenIt() throws Exception {
    String objective = "OPIOIDS-3.3";
    assertThat(read("/api/v1/goals/" + objective + "/health").get("health").asText()).isEqualTo("NO_RISKS");
    RiskCycleDriver cycle = new RiskCycleDriver(engine, db);
    ProcessInstance cycleInstance = cycle.startAssessment();
    cycle.defineContext(cycleInstance, cycle.context()
        .putValueTyped("goalsAtStake", RiskCycleDriver.json(List.of("OPIOIDS-3", objective))));
    Map<String, Object> risk = cycle.risk("Fentanyl analogues undetected");
    risk.put("threatenedObjectives", List.of(objective));
    cycle.identifyRisks(cycleInstance, cycle.risks(List.of(risk)));
    ProcessInstance treatment = cycle.treatment(db.sql("select id from risk where title = ?")
        .param("Fentanyl analogues undetected").query(String.class).single());
    cycle.assess(treatment, cycle.assessment("HIGH", "HIGH"));
    cycle.developAlternatives(treatment, "planner", cycle.alternatives());

    JsonNode awaiting = read("/api/v1/goals/OPIOIDS-3/health");
    cycle.decide(treatment, "executive", cycle.choice(cycle.alternativeId(treatment, "ACCEPT")));
    JsonNode retainedAboveTolerance = read("/api/v1/goals/" + objective + "/health");

    assertThat(awaiting.get("health").asText()).isEqualTo("WATCH");
    assertThat(awaiting.get("awaitingDecision").asInt()).isOne();
    assertThat(retainedAboveTolerance.get("health").asText()).isEqualTo("AT_RISK");
    assertThat(retainedAboveTolerance.get("aboveToleranceAfterTreatment").asInt()).isOne();
    assertThat(http.withBasicAuth("auditor", "auditor").getForEntity("/api/v1/goals/NOPE-1/health", String.class)
        .getStatusCode().value()).isEqualTo(404);
    assertThat(http.withBasicAuth("federal", "federal").getForEntity("/api/v1/goals/OPIOIDS-3/health",
        String.class).getStatusCode().value()).isEqualTo(403);
  }

  @Test
  void risksAndDecisionsExportAsCsvWithFormulasDefused() {
    RiskCycleDriver cycle = new RiskCycleDriver(engine, db);
    ProcessInstance risk = cycle.assessmentWithRisks("=HYPERLINK(\"http://x\"), a formula").get(0);
    cycle.assess(risk, cycle.assessment("LOW", "LOW"));

    ResponseEntity<String> risks = csv("/api/v1/risks?category=NARCOTICS_AND_OPIOIDS");
    ResponseEntity<String> decisions = csv("/api/v1/decisions?decider=analyst");

    assertThat(risks.getHeaders().getContentType().toString()).startsWith("text/csv");
    assertThat(risks.getBody()).startsWith("id,assessmentId,title,threatCategory,status,currentLevel,"
        + "residualLevel,owner,threatenedObjectives,updatedAt\r\n");
    assertThat(risks.getBody()).contains(risk.getBusinessKey() + ",")
        .contains("\"'=HYPERLINK(\"\"http://x\"\"), a formula\"");
    assertThat(decisions.getBody()).startsWith("id,assessmentId,riskId,iteration,outcome,")
        .contains("ACCEPTED_WITHIN_TOLERANCE");
  }

  private ResponseEntity<String> csv(String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.parseMediaType("text/csv")));
    ResponseEntity<String> response = http.withBasicAuth("auditor", "auditor").exchange(path, HttpMethod.GET,
        new HttpEntity<>(headers), String.class);
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    return response;
  }

  private static long count(JsonNode cells, String likelihood, String impact) {
    for (JsonNode cell : cells) {
      if (cell.get("likelihood").asText().equals(likelihood) && cell.get("impact").asText().equals(impact)) {
        return cell.get("count").asLong();
      }
    }
    throw new AssertionError("no cell " + likelihood + " x " + impact);
  }

  private ResponseEntity<String> report(String user, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, user).exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers),
        String.class);
  }

  private JsonNode read(String path) throws Exception {
    ResponseEntity<String> response = http.withBasicAuth("auditor", "auditor").getForEntity(path, String.class);
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    return json.readTree(response.getBody());
  }
}
