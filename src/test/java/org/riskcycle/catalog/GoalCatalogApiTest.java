package org.riskcycle.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.riskcycle.RiskCycleTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

@RiskCycleTest
class GoalCatalogApiTest {

  @Autowired
  TestRestTemplate http;

  @Autowired
  ObjectMapper json;

  private JsonNode get(String path, HttpStatus expected) throws Exception {
    ResponseEntity<String> response = http.withBasicAuth("planner", "planner").getForEntity(path, String.class);
    assertThat(response.getStatusCode()).isEqualTo(expected);
    return json.readTree(response.getBody());
  }

  private JsonNode plan(JsonNode catalog, String planId) {
    return StreamSupport.stream(catalog.get("plans").spliterator(), false)
        .filter(plan -> plan.get("id").asText().equals(planId))
        .findFirst().orElseThrow();
  }

  private static int count(JsonNode plan, String level) {
    int count = 0;
    for (JsonNode goal : plan.get("goals")) {
      for (JsonNode objective : goal.get("objectives")) {
        count += level.equals("objectives") ? 1 : objective.get("measures").size();
      }
    }
    return count;
  }

  @Test
  void listsEachPlanWithItsGoalsObjectivesAndMeasures() throws Exception {
    JsonNode catalog = get("/api/v1/goals", HttpStatus.OK);

    assertThat(catalog.get("plans")).extracting(plan -> plan.get("id").asText())
        .containsExactlyInAnyOrder("VS2020", "OFO2007", "BSIP2018", "OPIOIDS");
    assertThat(plan(catalog, "VS2020").get("goals")).hasSize(4);
    assertThat(count(plan(catalog, "VS2020"), "objectives")).isEqualTo(15);
    assertThat(plan(catalog, "OFO2007").get("goals")).hasSize(5);
    assertThat(count(plan(catalog, "OFO2007"), "objectives")).isEqualTo(12);
    assertThat(count(plan(catalog, "OFO2007"), "measures")).isEqualTo(18);
    assertThat(plan(catalog, "BSIP2018").get("goals")).hasSize(3);
    assertThat(count(plan(catalog, "BSIP2018"), "objectives")).isZero();
    assertThat(plan(catalog, "OPIOIDS").get("goals")).hasSize(4);
    assertThat(count(plan(catalog, "OPIOIDS"), "objectives")).isEqualTo(13);
  }

  @Test
  void keepsTheSourcesTitlesVerbatimWithFileAndLine() throws Exception {
    JsonNode goal = get("/api/v1/goals/VS2020-1", HttpStatus.OK);
    assertThat(goal.get("title").asText()).isEqualTo("COUNTER TERRORISM AND TRANSNATIONAL CRIME");
    assertThat(goal.at("/source/file").asText()).isEqualTo("004_ac97687c675692a5.txt");
    assertThat(goal.at("/source/line").asInt()).isEqualTo(147);
    assertThat(goal.at("/objectives/0/id").asText()).isEqualTo("VS2020-1.A");
    assertThat(goal.at("/objectives/0/title").asText()).isEqualTo("UNDERSTAND THE THREAT ENVIRONMENT");

    assertThat(get("/api/v1/goals/OFO2007-1", HttpStatus.OK).get("title").asText()).isEqualTo("Advance Knowledge");
    assertThat(get("/api/v1/goals/BSIP2018-1", HttpStatus.OK).get("title").asText())
        .isEqualTo("Enhance understanding of border threats and risks");
    assertThat(get("/api/v1/goals/OPIOIDS-4", HttpStatus.OK).at("/objectives/1/title").asText()).startsWith(
        "Expand naloxone programs governing the storage, control, accountability, administration, disposal");
  }

  @Test
  void linksTheOfoMeasuresToTheirObjectives() throws Exception {
    JsonNode goal = get("/api/v1/goals/OFO2007-4", HttpStatus.OK);
    JsonNode objective = goal.at("/objectives/0");

    assertThat(objective.get("id").asText()).isEqualTo("OFO2007-4.1");
    assertThat(objective.get("measures")).extracting(measure -> measure.get("title").asText())
        .containsExactly("Number of CASC Operations", "Number of sensors in place", "Number of cameras in place");
    assertThat(objective.at("/measures/0/id").asText()).isEqualTo("OFO2007-4.1-M1");
    assertThat(objective.at("/measures/0/type").asText()).isEqualTo("Outcome");
  }

  @Test
  void answersAnUnknownGoalWithA404Problem() throws Exception {
    ResponseEntity<String> response = http.withBasicAuth("planner", "planner")
        .getForEntity("/api/v1/goals/VS2020-9", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    JsonNode problem = json.readTree(response.getBody());
    assertThat(problem.get("type").asText()).isEqualTo("urn:riskcycle:problem:not-found");
    assertThat(problem.get("status").asInt()).isEqualTo(404);
    assertThat(problem.get("detail").asText()).contains("VS2020-9");
  }

  @Test
  void answersRequestsThatReachNoOperationWithTypedProblems() throws Exception {
    ResponseEntity<String> method = http.withBasicAuth("planner", "planner")
        .exchange("/api/v1/goals", HttpMethod.DELETE, null, String.class);
    ResponseEntity<String> path = http.withBasicAuth("planner", "planner")
        .getForEntity("/api/v1/no-such-resource", String.class);

    assertThat(method.getStatusCode()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
    assertThat(json.readTree(method.getBody()).get("type").asText()).as(method.getBody())
        .isEqualTo("urn:riskcycle:problem:method-not-allowed");
    HttpHeaders text = new HttpHeaders();
    text.setContentType(MediaType.TEXT_PLAIN);
    ResponseEntity<String> mediaType = http.withBasicAuth("planner", "planner")
        .exchange("/api/v1/assessments", HttpMethod.POST, new HttpEntity<>("title", text), String.class);

    assertThat(mediaType.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertThat(json.readTree(mediaType.getBody()).get("type").asText())
        .isEqualTo("urn:riskcycle:problem:unsupported-media-type");
    assertThat(path.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(json.readTree(path.getBody()).get("type").asText()).isEqualTo("urn:riskcycle:problem:not-found");
  }
}
