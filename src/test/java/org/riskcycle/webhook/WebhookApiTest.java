package org.riskcycle.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.Test;
import org.riskcycle.RiskCycleTest;
import org.riskcycle.intelligence.IntelligenceCycleDriver;
import org.riskcycle.risk.api.AssessmentRequests;
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
 * Webhooks end to end over real HTTP: an integrator subscribes, starts an assessment, and its local receiver gets the
 * signed step events; a receiver that fails at first gets the event again; the delivery log shows every attempt.
 */
@RiskCycleTest
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class WebhookApiTest {

  @Autowired
  TestRestTemplate http;

  @Autowired
  ObjectMapper json;

  @Autowired
  ProcessEngine engine;

  @Autowired
  JdbcClient db;

  @Test
  void subscriberReceivesSignedStepEventsOfAnAssessmentItStarts() throws Exception {
    try (WebhookReceiver receiver = new WebhookReceiver(0)) {
      JsonNode subscription = subscribe(receiver.url(), List.of("step.started", "step.completed"));
      String secret = subscription.get("secret").asText();
      assertThat(secret).hasSize(64);

      String assessmentId = startAssessment();

      WebhookReceiver.Received started = receiver.next("step.started", 10);
      assertThat(WebhookReceiver.signedWith(started, secret)).as("signature").isTrue();
      assertThat(WebhookReceiver.signedWith(started, "another secret")).isFalse();
      JsonNode event = json.readTree(started.body());
      assertThat(event.get("type").asText()).isEqualTo("step.started");
      assertThat(event.at("/data/process").asText()).isEqualTo("riskManagementCycle");
      assertThat(event.at("/data/step").asText()).isEqualTo("Task_IdentifyRisks");
      assertThat(event.at("/data/assessmentId").asText()).isEqualTo(assessmentId);
      assertThat(event.at("/data/candidateGroups").toString()).contains("planners");

      JsonNode log = json.readTree(get("/api/v1/webhooks/" + subscription.get("id").asText() + "/deliveries")
          .getBody());
      assertThat(log.get("items").toString()).contains("\"eventId\":\"" + event.get("id").asText() + "\"",
          "\"status\":\"DELIVERED\"", "\"statusCode\":200");
      cancel(subscription);
    }
  }

  @Test
  void failedDeliveryIsRetriedWithBackoffAndLogged() throws Exception {
    try (WebhookReceiver receiver = new WebhookReceiver(1)) {
      JsonNode subscription = subscribe(receiver.url(), List.of("step.started"));
      startAssessment();

      WebhookReceiver.Received first = receiver.next(10);
      WebhookReceiver.Received second = receiver.next(10);
      assertThat(first.answeredWith()).isEqualTo(500);
      assertThat(second.answeredWith()).isEqualTo(200);
      assertThat(second.headers().get("delivery")).isEqualTo(first.headers().get("delivery"));

      JsonNode delivery = json.readTree(get("/api/v1/webhooks/" + subscription.get("id").asText()
          + "/deliveries").getBody()).at("/items/0");
      assertThat(delivery.get("status").asText()).isEqualTo("DELIVERED");
      assertThat(delivery.get("attempts").asInt()).isEqualTo(2);
      assertThat(delivery.at("/attemptLog/0/statusCode").asInt()).isEqualTo(500);
      assertThat(delivery.at("/attemptLog/0/error").asText()).contains("500");
      assertThat(delivery.at("/attemptLog/1/statusCode").asInt()).isEqualTo(200);
      cancel(subscription);
    }
  }

  @Test
  void decisionsAndReleasesAreDelivered() throws Exception {
    try (WebhookReceiver receiver = new WebhookReceiver(0)) {
      JsonNode subscription = subscribe(receiver.url(), List.of("risk.decided", "product.released"));
      IntelligenceCycleDriver cycle = new IntelligenceCycleDriver(engine, db);
      ProcessInstance risk = cycle.assessmentWithRisks("Announced by webhook").get(0);
      cycle.assess(risk, cycle.assessment("LOW", "LOW"));

      JsonNode decided = json.readTree(receiver.next("risk.decided", 10).body());
      assertThat(decided.at("/data/riskId").asText()).isEqualTo(risk.getBusinessKey());
      assertThat(decided.at("/data/outcome").asText()).isEqualTo("ACCEPTED_WITHIN_TOLERANCE");
      assertThat(decided.at("/data/goalsAndObjectives").toString()).contains("VS2020-1");

      ProcessInstance intel = cycle.producedCycle("TLP_AMBER");
      cycle.peerReview(intel, cycle.peerReview("ACCEPT"));
      cycle.release(intel, IntelligenceCycleDriver.RELEASE_OFFICER, cycle.release("partner-federal"));
      JsonNode released = json.readTree(receiver.next("product.released", 10).body());
      assertThat(released.at("/data/productId").asText()).isEqualTo(cycle.variable(intel, "productId"));
      assertThat(released.at("/data/handlingCaveat").asText()).isEqualTo("TLP_AMBER");
      assertThat(released.at("/data/recipientGroups").toString()).isEqualTo("[\"partner-federal\"]");
      cancel(subscription);
    }
  }

  @Test
  void subscriptionsAreCheckedOwnedAndCancelled() throws Exception {
    ResponseEntity<String> invalid = send("integrator", HttpMethod.POST, "/api/v1/webhooks",
        Map.of("url", "ftp://example.org/x", "events", List.of("step.started", "everything")));
    assertThat(invalid.getStatusCode().value()).isEqualTo(400);
    assertThat(invalid.getBody()).contains("\"field\":\"url\"", "\"field\":\"events[1]\"");
    assertThat(send("planner", HttpMethod.POST, "/api/v1/webhooks",
        Map.of("url", "https://example.org/x", "events", List.of("step.started"))).getStatusCode().value())
        .isEqualTo(403);

    String id = subscribe("https://example.org/hooks", List.of("risk.decided")).get("id").asText();
    assertThat(get("/api/v1/webhooks/" + id).getBody()).doesNotContain("secret");
    assertThat(send("admin", HttpMethod.GET, "/api/v1/webhooks/" + id, null).getStatusCode().value())
        .as("another caller's subscription").isEqualTo(404);
    assertThat(send("integrator", HttpMethod.DELETE, "/api/v1/webhooks/" + id, null).getStatusCode().value())
        .isEqualTo(204);
    assertThat(get("/api/v1/webhooks/" + id).getStatusCode().value()).isEqualTo(404);
  }

  private JsonNode subscribe(String url, List<String> events) throws Exception {
    ResponseEntity<String> created = send("integrator", HttpMethod.POST, "/api/v1/webhooks",
        Map.of("url", url, "events", events));
    assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
    return json.readTree(created.getBody());
  }

  /** Ends a subscription whose receiver is about to close, so that later events are not sent to it. */
  private void cancel(JsonNode subscription) {
    assertThat(send("integrator", HttpMethod.DELETE, "/api/v1/webhooks/" + subscription.get("id").asText(), null)
        .getStatusCode().value()).isEqualTo(204);
  }

  private String startAssessment() throws Exception {
    Map<String, Object> context = AssessmentRequests.context("Webhook walk");
    ResponseEntity<String> started = send("integrator", HttpMethod.POST, "/api/v1/assessments", context);
    assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(201);
    return json.readTree(started.getBody()).get("id").asText();
  }

  private ResponseEntity<String> get(String path) {
    return send("integrator", HttpMethod.GET, path, null);
  }

  private ResponseEntity<String> send(String user, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    try {
      return http.withBasicAuth(user, user).exchange(path, method,
          new HttpEntity<>(body == null ? null : json.writeValueAsString(body), headers), String.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
