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
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.riskcycle.access.Role;
import org.riskcycle.intelligence.IntelligenceCycleDriver;
import org.riskcycle.risk.RiskCycleDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
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
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
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

  // last: the risk walk above counts every risk and decision of the database
  @Test
  @Order(Integer.MAX_VALUE)
  void intelligenceGoesThroughEveryRegisterWriteOnPostgreSql() {
    IntelligenceCycleDriver cycle = new IntelligenceCycleDriver(engine, jdbc);
    ProcessInstance risk = cycle.assessmentWithRisks("Informed on PostgreSQL").get(0);
    cycle.assess(risk, cycle.assessment("HIGH", "HIGH"));
    cycle.developAlternatives(risk, Role.PLANNERS.demoUserId(), cycle.alternatives());
    cycle.decide(risk, Role.EXECUTIVES.demoUserId(), cycle.choice(cycle.alternativeId(risk, "CONTROL"))
        .putValue("intelligenceQuestion", "Will the new scanners change the couriers' routes?")
        .putValue("intelligenceNeededBy", LocalDate.now().plusDays(20).toString()));

    ProcessInstance intel = cycle.raise();
    cycle.draft(intel, cycle.requirement(risk.getBusinessKey()));
    cycle.complete(intel.getId(), "Task_ApproveRequirement", IntelligenceCycleDriver.SECOND_PLANNER,
        Variables.putValue("approvalOutcome", "RETURN").putValue("approvalComment", "Say who decides."));
    cycle.draft(intel, cycle.requirement(risk.getBusinessKey()));
    cycle.approve(intel);
    cycle.planCollection(intel, "Officers at the crossing", "Partner agency");
    cycle.fireTimer(intel, cycle.collectionTasks(intel).get(0).getExecutionId(), "Event_CollectionOverdue");
    cycle.completeTask(cycle.task(intel.getId(), "Task_FollowUpOverdueCollection"), IntelligenceCycleDriver.PLANNER,
        Variables.putValue("followUpNote", "Chased."));
    cycle.collectAll(intel);
    cycle.process(intel);
    cycle.produce(intel, "TLP_AMBER");
    cycle.peerReview(intel, cycle.peerReview("SEND_BACK"));
    cycle.complete(intel.getId(), "Task_ReviseProduct", IntelligenceCycleDriver.ANALYST,
        cycle.product(intel, "TLP_AMBER"));
    cycle.peerReview(intel, cycle.peerReview("ACCEPT"));
    cycle.release(intel, IntelligenceCycleDriver.RELEASE_OFFICER, cycle.release("partner-federal"));
    cycle.completeTask(cycle.feedbackTask(intel, Role.PARTNER_FEDERAL), Role.PARTNER_FEDERAL.demoUserId(),
        cycle.feedback(false));
    cycle.complete(intel.getId(), "Task_RefineRequirement", IntelligenceCycleDriver.PLANNER, cycle.requirement());

    assertThat(jdbc.sql("select count(*) from risk_information where product_id is not null").query(Long.class)
        .single()).isEqualTo(1);
    assertThat(jdbc.sql("select status from intel_requirement where process_instance_id = ?").param(intel.getId())
        .query(String.class).single()).isEqualTo("REFINED");
    assertThatThrownBy(() -> jdbc.sql("update intel_release set need_to_know = 'changed'").update())
        .hasMessageContaining("The intel_release record is immutable");
    for (String table : List.of("intel_requirement", "intel_requirement_goal", "intel_requirement_risk",
        "intel_requirement_review", "intel_collection_task", "intel_collection_result", "intel_collection_follow_up",
        "intel_processing", "intel_processed_result", "intel_product", "intel_product_version",
        "intel_product_source", "intel_peer_review", "intel_release", "intel_release_recipient", "intel_feedback")) {
      assertThat(jdbc.sql("select count(*) from " + table).query(Long.class).single()).as(table).isPositive();
    }
    assertThat(jdbc.sql("select count(*) from intel_requirement where risk_decision_id is not null")
        .query(Long.class).single()).isEqualTo(1);
  }
}
