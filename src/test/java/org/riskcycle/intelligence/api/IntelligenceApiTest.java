package org.riskcycle.intelligence.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.Test;
import org.riskcycle.RiskCycleTest;
import org.riskcycle.intelligence.IntelligenceCycleDriver;
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
 * The contract of {@code /api/v1/requirements} and {@code /api/v1/products}: raising a requirement, reading
 * requirements, reading released products by the caller's groups, and giving feedback.
 */
@RiskCycleTest
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class IntelligenceApiTest {

  @Autowired
  TestRestTemplate http;

  @Autowired
  ObjectMapper json;

  @Autowired
  JdbcClient db;

  @Autowired
  ProcessEngine engine;

  @Test
  void integratorRaisesARequirementWhichGoesToApprovalAndReadsIt() throws Exception {
    ResponseEntity<String> created = send("integrator", HttpMethod.POST, "/api/v1/requirements", requirement());

    assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
    JsonNode requirement = json.readTree(created.getBody());
    String id = requirement.get("id").asText();
    assertThat(created.getHeaders().getLocation()).hasToString("/api/v1/requirements/" + id);
    assertThat(requirement.get("status").asText()).isEqualTo("PROPOSED");
    assertThat(requirement.get("author").asText()).isEqualTo("integrator");
    assertThat(requirement.at("/requirement/handlingCaveat").asText()).isEqualTo("TLP_AMBER");
    assertThat(requirement.at("/openTasks/0/taskDefinitionKey").asText()).isEqualTo("Task_ApproveRequirement");
    assertThat(requirement.at("/openTasks/0/candidateGroups").toString()).contains("intel-planners");

    JsonNode read = json.readTree(send("auditor", HttpMethod.GET, "/api/v1/requirements/" + id, null).getBody());
    assertThat(read.at("/requirement/requirementQuestion").asText()).startsWith("Which routes");
    JsonNode listed = json.readTree(send("intelplanner", HttpMethod.GET,
        "/api/v1/requirements?status=PROPOSED&goal=VS2020-1.A&size=100", null).getBody());
    assertThat(listed.get("items").findValuesAsText("id")).contains(id);
  }

  @Test
  void invalidRequirementsAreRefusedNamingEachField() throws Exception {
    Map<String, Object> unknownGoal = requirement();
    unknownGoal.put("linkedGoals", List.of("VS2020-99"));
    unknownGoal.put("latestTimeOfValue", LocalDate.now().toString());
    ResponseEntity<String> refused = send("integrator", HttpMethod.POST, "/api/v1/requirements", unknownGoal);
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
    assertThat(fields(refused)).containsExactlyInAnyOrder("linkedGoals", "latestTimeOfValue");

    Map<String, Object> badCaveat = requirement();
    badCaveat.put("handlingCaveat", "SECRET");
    badCaveat.remove("requirementQuestion");
    ResponseEntity<String> unreadable = send("integrator", HttpMethod.POST, "/api/v1/requirements", badCaveat);
    assertThat(unreadable.getStatusCode().value()).isEqualTo(400);
    assertThat(fields(unreadable)).contains("handlingCaveat");

    ResponseEntity<String> malformed = http.withBasicAuth("integrator", "integrator").exchange(
        "/api/v1/requirements", HttpMethod.POST, new HttpEntity<>("{\"requirementQuestion\": ", jsonHeaders()),
        String.class);
    assertThat(malformed.getStatusCode().value()).isEqualTo(400);
    assertThat(send("integrator", HttpMethod.GET, "/api/v1/requirements/no-such-id", null).getStatusCode().value())
        .isEqualTo(404);
    assertThat(send("integrator", HttpMethod.GET, "/api/v1/requirements?size=0", null).getStatusCode().value())
        .isEqualTo(400);
  }

  @Test
  void rolesOutsideTheCycleMayNeitherRaiseNorReadRequirements() {
    assertThat(send("collector", HttpMethod.POST, "/api/v1/requirements", requirement()).getStatusCode().value())
        .isEqualTo(403);
    assertThat(send("federal", HttpMethod.GET, "/api/v1/requirements", null).getStatusCode().value())
        .isEqualTo(403);
    assertThat(send("auditor", HttpMethod.POST, "/api/v1/requirements", requirement()).getStatusCode().value())
        .isEqualTo(403);
  }

  @Test
  void partnersReadOnlyTheProductsReleasedToThemAndGiveFeedbackOnce() throws Exception {
    IntelligenceCycleDriver cycle = new IntelligenceCycleDriver(engine, db);
    ProcessInstance intel = cycle.producedCycle("TLP_AMBER");
    cycle.peerReview(intel, cycle.peerReview("ACCEPT"));
    cycle.release(intel, IntelligenceCycleDriver.RELEASE_OFFICER, cycle.release("partner-federal", "partner-state"));
    String productId = (String) cycle.variable(intel, "productId");

    JsonNode federal = json.readTree(send("federal", HttpMethod.GET, "/api/v1/products/" + productId, null)
        .getBody());
    assertThat(federal.get("title").asText()).isEqualTo("Fentanyl courier routes at Nogales");
    assertThat(federal.get("handlingCaveat").asText()).isEqualTo("TLP_AMBER");
    assertThat(federal.get("recipientGroups").toString()).isEqualTo("[\"partner-federal\"]");
    assertThat(send("privatesector", HttpMethod.GET, "/api/v1/products/" + productId, null).getStatusCode().value())
        .isEqualTo(404);
    assertThat(json.readTree(send("privatesector", HttpMethod.GET, "/api/v1/products?size=100", null).getBody())
        .get("items").findValuesAsText("productId")).doesNotContain(productId);
    assertThat(json.readTree(send("auditor", HttpMethod.GET, "/api/v1/products?size=100", null).getBody())
        .get("items").findValuesAsText("productId")).contains(productId);
    assertThat(json.readTree(send("auditor", HttpMethod.GET, "/api/v1/products/" + productId, null).getBody())
        .get("recipientGroups").toString()).isEqualTo("[\"partner-federal\",\"partner-state\"]");

    Map<String, Object> unsatisfiedWithoutComment = feedback(false);
    unsatisfiedWithoutComment.remove("feedbackComment");
    ResponseEntity<String> refused = send("federal", HttpMethod.POST, "/api/v1/products/" + productId
        + "/feedback", unsatisfiedWithoutComment);
    assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
    assertThat(fields(refused)).containsExactly("feedbackComment");

    ResponseEntity<String> given = send("federal", HttpMethod.POST, "/api/v1/products/" + productId + "/feedback",
        feedback(true));
    assertThat(given.getStatusCode().value()).as(given.getBody()).isEqualTo(200);
    assertThat(db.sql("select given_by from intel_feedback where group_id = 'partner-federal' and release_id = ?")
        .param(cycle.variable(intel, "releaseId")).query(String.class).single()).isEqualTo("federal");
    ResponseEntity<String> again = send("federal", HttpMethod.POST, "/api/v1/products/" + productId + "/feedback",
        feedback(true));
    assertThat(again.getStatusCode().value()).isEqualTo(409);
    assertThat(json.readTree(again.getBody()).get("type").asText()).isEqualTo("urn:riskcycle:problem:conflict");
    assertThat(send("privatesector", HttpMethod.POST, "/api/v1/products/" + productId + "/feedback", feedback(true))
        .getStatusCode().value()).isEqualTo(404);
    assertThat(send("auditor", HttpMethod.POST, "/api/v1/products/" + productId + "/feedback", feedback(true))
        .getStatusCode().value()).isEqualTo(403);
  }

  private Map<String, Object> requirement() {
    Map<String, Object> requirement = new LinkedHashMap<>();
    requirement.put("requirementQuestion", "Which routes do fentanyl couriers use at the Nogales land port?");
    requirement.put("requestedBy", "Field Office Tucson");
    requirement.put("decisionSupported", "Where to place the two new scanners");
    requirement.put("priority", "PRIORITY");
    requirement.put("linkedGoals", List.of("VS2020-1", "VS2020-1.A"));
    requirement.put("linkedRisks", List.of());
    requirement.put("latestTimeOfValue", LocalDate.now().plusDays(30).toString());
    requirement.put("handlingCaveat", "TLP_AMBER");
    return requirement;
  }

  private static Map<String, Object> feedback(boolean satisfied) {
    Map<String, Object> feedback = new LinkedHashMap<>();
    feedback.put("relevance", "HIGH");
    feedback.put("accuracy", "HIGH");
    feedback.put("timeliness", "MODERATE");
    feedback.put("usefulness", "VERY_HIGH");
    feedback.put("requirementSatisfied", satisfied);
    feedback.put("feedbackComment", satisfied ? null : "We still need the times of day.");
    return feedback;
  }

  private List<String> fields(ResponseEntity<String> response) throws Exception {
    List<String> fields = new ArrayList<>();
    json.readTree(response.getBody()).path("errors").forEach(error -> fields.add(error.get("field").asText()));
    return fields;
  }

  private ResponseEntity<String> send(String user, HttpMethod method, String path, Object body) {
    try {
      return http.withBasicAuth(user, user).exchange(path, method,
          new HttpEntity<>(body == null ? null : json.writeValueAsString(body), jsonHeaders()), String.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static HttpHeaders jsonHeaders() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return headers;
  }
}
