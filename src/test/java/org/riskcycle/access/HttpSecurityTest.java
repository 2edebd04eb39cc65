package org.riskcycle.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
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
class HttpSecurityTest {

  @Autowired
  TestRestTemplate http;

  @Autowired
  ObjectMapper json;

  @Autowired
  IdentityService identityService;

  @BeforeEach
  void userWithoutARole() {
    ensureUser("norole");
    ensureUser("mistyped");
  }

  private void ensureUser(String id) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setPassword(id);
      identityService.saveUser(user);
    }
  }

  private ResponseEntity<String> get(String path, String user) {
    TestRestTemplate client = user == null ? http : http.withBasicAuth(user, user);
    return client.getForEntity(path, String.class);
  }

  private JsonNode problem(ResponseEntity<String> response, HttpStatus status) throws Exception {
    assertThat(response.getStatusCode()).isEqualTo(status);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    JsonNode problem = json.readTree(response.getBody());
    assertThat(problem.get("status").asInt()).isEqualTo(status.value());
    assertThat(problem.get("instance").asText()).isEqualTo("/api/v1/goals");
    return problem;
  }

  @Test
  void theApiAnswersAnAnonymousRequestWith401Problem() throws Exception {
    ResponseEntity<String> response = get("/api/v1/goals", null);

    JsonNode problem = problem(response, HttpStatus.UNAUTHORIZED);
    assertThat(problem.get("type").asText()).isEqualTo("urn:riskcycle:problem:unauthorized");
    assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Basic realm=\"RiskCycle\"");
  }

  @Test
  void theApiAnswersAWrongPasswordWith401Problem() throws Exception {
    ResponseEntity<String> response = http.withBasicAuth("mistyped", "wrong").getForEntity("/api/v1/goals",
        String.class);

    assertThat(problem(response, HttpStatus.UNAUTHORIZED).get("type").asText())
        .isEqualTo("urn:riskcycle:problem:unauthorized");
  }

  @Test
  void theApiAnswersAUserWithoutARoleWith403Problem() throws Exception {
    JsonNode problem = problem(get("/api/v1/goals", "norole"), HttpStatus.FORBIDDEN);

    assertThat(problem.get("type").asText()).isEqualTo("urn:riskcycle:problem:forbidden");
    assertThat(problem.get("detail").asText()).contains("norole");
  }

  @Test
  void everyRoleMayReadTheCatalog() {
    for (Role role : Role.values()) {
      assertThat(get("/api/v1/goals", role.demoUserId()).getStatusCode()).as(role.groupId())
          .isEqualTo(HttpStatus.OK);
    }
  }

  @Test
  void theEngineRestApiRequiresAuthentication() {
    assertThat(get("/engine-rest/task", null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(get("/engine-rest/user", null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(get("/engine-rest/task", "planner").getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void theEngineRestApiForbidsWhatTheRoleMayNotDo() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    String newUser = """
        {"profile": {"id": "intruder", "firstName": "I", "lastName": "N", "email": "i@example.org"},
         "credentials": {"password": "intruder"}}""";

    ResponseEntity<String> response = http.withBasicAuth("planner", "planner").exchange("/engine-rest/user/create",
        HttpMethod.POST, new HttpEntity<>(newUser, headers), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
  }

  @Test
  void nothingOperationalShowsDataWithoutLoginExceptTheHealthCheck() {
    assertThat(get("/actuator/health", null).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get("/actuator/metrics", null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(get("/actuator/metrics", "planner").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("/actuator/metrics", "admin").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get("/v3/api-docs", null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(get("/v3/api-docs", "integrator").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get("/swagger-ui/index.html", null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(get("/h2-console", "admin").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void theWebappsServeTheirLoginPage() {
    ResponseEntity<String> tasklist = get("/camunda/app/tasklist/default/", null);

    assertThat(tasklist.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(tasklist.getBody()).contains("Tasklist");
  }
}
