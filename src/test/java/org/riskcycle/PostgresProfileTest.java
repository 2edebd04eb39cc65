package org.riskcycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.riskcycle.access.Role;
import org.riskcycle.risk.RiskCycleDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The {@code postgres} profile against a real PostgreSQL server (from Maven, no Docker). */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    // The default test context holds the engine named "default" and the webapps, whose filters keep the
    // application context in a static field: one of each per JVM.
    "camunda.bpm.generate-unique-process-engine-name=true",
    "camunda.bpm.webapp.enabled=false",
    "camunda.bpm.generate-unique-process-application-name=true"})
@ActiveProfiles("postgres")
// Closed after this class, so that its pool and job executor stop before the server (stopped by its shutdown hook).
@DirtiesContext
class PostgresProfileTest {

  private static final EmbeddedPostgres postgres = start();

  private static EmbeddedPostgres start() {
    try {
      return EmbeddedPostgres.builder().start();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot start the embedded PostgreSQL server", e);
    }
  }

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("RISKCYCLE_DB_PORT", postgres::getPort);
    registry.add("RISKCYCLE_DB_NAME", () -> "postgres");
    registry.add("RISKCYCLE_DB_USER", () -> "postgres");
    registry.add("RISKCYCLE_DB_PASSWORD", () -> "postgres");
  }

  @Autowired
  TestRestTemplate http;

  @Autowired
  ObjectMapper json;

  @Autowired
  JdbcClient jdbc;

  @Autowired
  ProcessEngine engine;

  @Test
  void runsOnPostgreSqlWithTheCatalogAndTheEngineSchema() throws Exception {
    assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL");
    assertThat(jdbc.sql("select count(*) from catalog_objective").query(Long.class).single()).isEqualTo(40);
    assertThat(jdbc.sql("select count(*) from act_id_group").query(Long.class).single())
        .isEqualTo(Role.values().length);

    ResponseEntity<String> response = http.withBasicAuth("planner", "planner")
        .getForEntity("/api/v1/goals/OFO2007-2", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode goal = json.readTree(response.getBody());
    assertThat(goal.get("title").asText()).isEqualTo("Effective Inspections");
    assertThat(goal.get("objectives")).hasSize(3);
  }

  @Test
  void risksGoThroughEveryRegisterWriteOnPostgreSql() {
    RiskCycleDriver cycle = new RiskCycleDriver(engine, jdbc);
    List<ProcessInstance> risks = cycle.assessmentWithRisks("Treated on PostgreSQL", "Accepted on PostgreSQL");
    ProcessInstance treated = risks.get(0);
    cycle.assess(treated, cycle.assessment("HIGH", "HIGH"));
    cycle.developAlternatives(treated, Role.PLANNERS.demoUserId(), cycle.alternatives());
    cycle.decide(treated, Role.EXECUTIVES.demoUserId(), cycle.choice(cycle.alternativeId(treated, "CONTROL")));
    cycle.implement(treated, Role.PLANNERS.demoUserId());
    cycle.fireTimer(treated, "Event_ReviewDue");
    cycle.reviewTreatment(treated, cycle.review("EFFECTIVE"));
    ProcessInstance accepted = risks.get(1);
    cycle.assess(accepted, cycle.assessment("LOW", "LOW"));
    engine.getRuntimeService().createMessageCorrelation("RiskInformationReceived")
        .processInstanceBusinessKey(accepted.getBusinessKey())
        .setVariable("informationSummary", "New route reported.").correlate();

    assertThat(jdbc.sql("select status from risk where id = ?").param(treated.getBusinessKey()).query(String.class)
        .single()).isEqualTo("MONITORED");
    assertThat(jdbc.sql("select outcome from risk_decision where risk_id = ? order by decided_at")
        .param(accepted.getBusinessKey()).query(String.class).list()).containsExactly("ACCEPTED_WITHIN_TOLERANCE");
    ResponseEntity<String> heatMap = http.withBasicAuth("auditor", "auditor")
        .getForEntity("/api/v1/risks/heatmap", String.class);
    ResponseEntity<String> history = http.withBasicAuth("auditor", "auditor")
        .getForEntity("/api/v1/risks/" + treated.getBusinessKey() + "/history", String.class);
    ResponseEntity<String> assessments = http.withBasicAuth("auditor", "auditor")
        .getForEntity("/api/v1/assessments?level=HIGH", String.class);
    assertThat(heatMap.getStatusCode()).as(heatMap.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(heatMap.getBody()).contains("\"likelihood\":\"LOW\",\"impact\":\"HIGH\",\"count\":1");
    assertThat(history.getBody()).contains("\"treatment\":\"CONTROL\"");
    assertThat(assessments.getStatusCode()).as(assessments.getBody()).isEqualTo(HttpStatus.OK);
    ResponseEntity<String> decisions = http.withBasicAuth("auditor", "auditor").getForEntity(
        "/api/v1/decisions?goal=VS2020-1.A&from=" + LocalDate.now().minusDays(1), String.class);
    assertThat(decisions.getBody()).as(decisions.getBody()).contains("\"totalItems\":2");
    ResponseEntity<String> health = http.withBasicAuth("auditor", "auditor")
        .getForEntity("/api/v1/goals/VS2020-1/health", String.class);
    assertThat(health.getBody()).as(health.getBody()).contains("\"risks\":2", "\"health\":\"ON_TRACK\"");
    assertThatThrownBy(() -> jdbc.sql("delete from risk_decision").update())
        .hasMessageContaining("The risk_decision record is immutable");
    for (String table : List.of("risk_score", "risk_alternative", "risk_decision", "risk_implementation",
        "risk_review", "risk_information", "decision_goal", "assessment_goal", "risk_objective")) {
      assertThat(jdbc.sql("select count(*) from " + table).query(Long.class).single()).as(table).isPositive();
    }
  }
}
