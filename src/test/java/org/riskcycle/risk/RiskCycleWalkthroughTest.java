package org.riskcycle.risk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.Test;
import org.riskcycle.RiskCycleTest;
import org.riskcycle.access.Role;
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
 * A whole cycle walked over {@code /engine-rest} by the demo users, the way Tasklist drives the engine: start,
 * open each task's form, claim, complete with the form's variables; refusals answered as client errors.
 */
@RiskCycleTest
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class RiskCycleWalkthroughTest {

  private static final String PLANNER = Role.PLANNERS.demoUserId();
  private static final String ANALYST = Role.RISK_ANALYSTS.demoUserId();
  private static final String EXECUTIVE = Role.EXECUTIVES.demoUserId();
  private static final String RISK_MANAGER = Role.RISK_MANAGERS.demoUserId();

  @Autowired
  TestRestTemplate http;

  @Autowired
  ObjectMapper json;

  @Autowired
  ProcessEngine engine;

  @Autowired
  ManagementService managementService;

  @Autowired
  IdentityService identityService;

  @Autowired
  JdbcClient db;

  @Test
  void demoUsersWalkAnAssessmentFromContextToMonitoring() throws Exception {
    JsonNode startForm = body(call(PLANNER, HttpMethod.GET,
        "/engine-rest/process-definition/key/riskManagementCycle/deployed-start-form", null, 200));
    assertThat(startForm.get("id").asText()).isEqualTo("start-assessment");
    JsonNode started = body(call(PLANNER, HttpMethod.POST,
        "/engine-rest/process-definition/key/riskManagementCycle/submit-form",
        variables(Map.of("title", "Opioids at the southwest land ports")), 200));
    String cycleId = started.get("id").asText();

    String defineContext = openTask(PLANNER, "processInstanceId=" + cycleId, "define-context");
    ResponseEntity<String> refused = call(PLANNER, HttpMethod.POST, "/engine-rest/task/" + defineContext + "/complete",
        variables(Map.of("title", "")), 400);
    assertThat(body(refused).get("message").asText()).startsWith("Define the context refused: title is required");
    complete(PLANNER, defineContext, Map.of(
        "title", "Opioids at the southwest land ports",
        "scope", "Synthetic opioids in passenger vehicles at the southwest land ports of entry.",
        "domains", List.of("LAND"), "locations", List.of("AT_PORTS_OF_ENTRY"),
        "decisionLevel", "OPERATIONAL", "orientation", "EXTERNAL",
        "goalsAtStake", List.of("VS2020-1", "VS2020-1.A"), "riskTolerance", "MODERATE",
        "decisionDeadline", LocalDate.now().plusDays(30).toString(),
        "reviewHorizon", LocalDate.now().plusDays(365).toString()));

    String identifyRisks = openTask(ANALYST, "processInstanceId=" + cycleId, "identify-risks");
    complete(ANALYST, identifyRisks, Map.of("risks", List.of(Map.of("id", "", "title", "Fentanyl in vehicles",
        "description", "Concealed in gas tanks and door panels.", "threatCategory", "NARCOTICS_AND_OPIOIDS",
        "threatenedObjectives", List.of("VS2020-1.A"), "source", "IP-2026-0042"))));
    String riskId = db.sql("select id from risk where title = 'Fentanyl in vehicles'").query(String.class).single();

    String assess = openTask(ANALYST, "processInstanceBusinessKey=" + riskId, "assess-risk");
    complete(ANALYST, assess, Map.of("likelihood", "HIGH", "impact", "VERY_HIGH",
        "vulnerability", "Two of five lanes lack scanners.", "consequence", "Overdose deaths.",
        "confidence", "HIGH", "rationale", "Seizures and reporting agree."));

    String develop = openTask(PLANNER, "processInstanceBusinessKey=" + riskId, "develop-alternatives");
    RiskCycleDriver cycle = new RiskCycleDriver(engine, db);
    complete(PLANNER, develop, Map.of("alternatives", List.of(
        cycle.alternative("ACCEPT", 0, 0, "HIGH", "VERY_HIGH", PLANNER),
        cycle.alternative("CONTROL", 400_000, 1_500_000, "LOW", "HIGH", PLANNER))));

    String decide = openTask(EXECUTIVE, "processInstanceBusinessKey=" + riskId, "decide-treatment");
    String control = db.sql("select id from risk_alternative where risk_id = ? and treatment = 'CONTROL'")
        .param(riskId).query(String.class).single();
    Map<String, Object> decision = Map.of("decisionOutcome", "CHOOSE_ALTERNATIVE", "chosenAlternativeId", control,
        "implementationDue", LocalDate.now().plusDays(90).toString(),
        "decisionRationale", "Best net benefit; brings the risk within tolerance.");
    complete(EXECUTIVE, decide, decision);

    String implement = openTask(PLANNER, "processInstanceBusinessKey=" + riskId, "implement-treatment");
    complete(PLANNER, implement, Map.of("implementationNotes", "Scanners installed in all lanes."));
    String reviewTimer = managementService.createJobQuery().processInstanceId(processOf(implement)).timers()
        .singleResult().getId();
    managementService.executeJob(reviewTimer);

    String review = openTask(RISK_MANAGER, "processInstanceBusinessKey=" + riskId, "review-treatment");
    complete(RISK_MANAGER, review, Map.of("observedLikelihood", "LOW", "observedImpact", "HIGH",
        "observedEffect", "Seizures up as expected.", "reviewOutcome", "EFFECTIVE"));

    assertThat(db.sql("select decided_by, outcome from risk_decision where risk_id = ?").param(riskId).query()
        .singleRow()).containsEntry("DECIDED_BY", EXECUTIVE).containsEntry("OUTCOME", "CHOOSE_ALTERNATIVE");
    JsonNode decisions = body(call(RISK_MANAGER, HttpMethod.GET,
        "/engine-rest/history/decision-instance?decisionDefinitionKey=RiskExceedsTolerance&includeOutputs=true"
            + "&processInstanceId=" + processOf(implement), null, 200));
    assertThat(decisions).hasSize(1);
    assertThat(decisions.get(0).get("outputs").toString()).contains("\"VERY_HIGH\"");
  }

  @Test
  void authorOfTheAlternativesIsRefusedTheDecisionWith403() throws Exception {
    String dual = "plannerexec2";
    identityService.saveUser(newUser(dual));
    identityService.createMembership(dual, Role.PLANNERS.groupId());
    identityService.createMembership(dual, Role.EXECUTIVES.groupId());
    RiskCycleDriver cycle = new RiskCycleDriver(engine, db);
    var risk = cycle.assessmentWithRisks("Insider tips off smugglers").get(0);
    cycle.assess(risk, cycle.assessment("HIGH", "HIGH"));
    cycle.developAlternatives(risk, dual, cycle.alternatives());
    String decide = cycle.task(risk.getId(), "Task_DecideTreatment").getId();

    ResponseEntity<String> claim = call(dual, HttpMethod.POST, "/engine-rest/task/" + decide + "/claim",
        Map.of("userId", dual), 403);
    ResponseEntity<String> complete = call(dual, HttpMethod.POST, "/engine-rest/task/" + decide + "/complete",
        variables(cycle.choice(cycle.alternativeId(risk, "CONTROL"))), 403);

    assertThat(body(claim).get("message").asText()).startsWith("Separation of duties: " + dual);
    assertThat(body(complete).get("message").asText()).startsWith("Separation of duties: " + dual);
  }

  @Test
  void tasklistGetsTheRefusalAsAClientErrorWithTheMessage() throws Exception {
    String cycleId = body(call(PLANNER, HttpMethod.POST,
        "/engine-rest/process-definition/key/riskManagementCycle/start", Map.of(), 200)).get("id").asText();
    String defineContext = openTask(PLANNER, "processInstanceId=" + cycleId, "define-context");
    HttpHeaders session = tasklistSession(PLANNER);

    ResponseEntity<String> refused = http.exchange("/camunda/api/engine/engine/default/task/" + defineContext
        + "/submit-form", HttpMethod.POST, new HttpEntity<>(json.writeValueAsString(variables(Map.of("title", ""))),
        session), String.class);

    assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
    assertThat(body(refused).get("message").asText()).startsWith("Define the context refused: title is required");
  }

  @Test
  void tasklistLoadsTheFixForFormsWithAList() {
    ResponseEntity<String> config = http.getForEntity("/camunda/app/tasklist/scripts/config.js", String.class);
    ResponseEntity<String> fix = http.getForEntity(
        "/camunda/app/tasklist/riskcycle/dynamiclist-validation-fix.js", String.class);

    assertThat(config.getBody()).contains("customScripts: ['riskcycle/dynamiclist-validation-fix']");
    assertThat(fix.getStatusCode().value()).isEqualTo(200);
    assertThat(fix.getBody()).contains("eventBus.on('changed', PRIORITY, onChanged)");
  }

  /** Logs into Tasklist as the browser does: the CSRF cookie, the login form, the session cookie. */
  private HttpHeaders tasklistSession(String user) {
    ResponseEntity<String> page = http.getForEntity("/camunda/app/tasklist/default/", String.class);
    Map<String, String> cookies = new LinkedHashMap<>();
    collectCookies(page.getHeaders(), cookies);
    HttpHeaders login = new HttpHeaders();
    login.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    login.add(HttpHeaders.COOKIE, cookieHeader(cookies));
    login.add("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
    ResponseEntity<String> loggedIn = http.exchange("/camunda/api/admin/auth/user/default/login/tasklist",
        HttpMethod.POST, new HttpEntity<>("username=" + user + "&password=" + user, login), String.class);
    assertThat(loggedIn.getStatusCode().value()).as(loggedIn.getBody()).isEqualTo(200);
    collectCookies(loggedIn.getHeaders(), cookies);
    // the new session gets its own CSRF token with its first request, as Tasklist's next page load does
    HttpHeaders sessionCookie = new HttpHeaders();
    sessionCookie.add(HttpHeaders.COOKIE, cookieHeader(cookies));
    collectCookies(http.exchange("/camunda/app/tasklist/default/", HttpMethod.GET, new HttpEntity<>(sessionCookie),
        String.class).getHeaders(), cookies);
    HttpHeaders session = new HttpHeaders();
    session.setContentType(MediaType.APPLICATION_JSON);
    session.add(HttpHeaders.COOKIE, cookieHeader(cookies));
    session.add("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
    return session;
  }

  private static void collectCookies(HttpHeaders headers, Map<String, String> cookies) {
    for (String cookie : headers.getOrEmpty(HttpHeaders.SET_COOKIE)) {
      String pair = cookie.split(";", 2)[0];
      cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
    }
  }

  private static String cookieHeader(Map<String, String> cookies) {
    return cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
        .collect(Collectors.joining("; "));
  }

  private User newUser(String id) {
    User user = identityService.newUser(id);
    user.setPassword(id);
    return user;
  }

  /** Finds the user's one task by query, checks its form is the expected Camunda Form, and claims it. */
  private String openTask(String user, String query, String formId) throws Exception {
    JsonNode tasks = body(call(user, HttpMethod.GET, "/engine-rest/task?" + query, null, 200));
    assertThat(tasks).as(query).hasSize(1);
    String taskId = tasks.get(0).get("id").asText();
    JsonNode form = body(call(user, HttpMethod.GET, "/engine-rest/task/" + taskId + "/deployed-form", null, 200));
    assertThat(form.get("id").asText()).isEqualTo(formId);
    call(user, HttpMethod.POST, "/engine-rest/task/" + taskId + "/claim", Map.of("userId", user), 204);
    return taskId;
  }

  private void complete(String user, String taskId, Map<String, Object> values) throws Exception {
    call(user, HttpMethod.POST, "/engine-rest/task/" + taskId + "/complete", variables(values), 204);
  }

  private String processOf(String taskId) {
    return engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId).singleResult().getProcessInstanceId();
  }

  /** The variables as Tasklist submits a form: structured values as Json. */
  private Map<String, Object> variables(Map<String, Object> values) throws Exception {
    Map<String, Object> variables = new LinkedHashMap<>();
    for (Map.Entry<String, Object> entry : values.entrySet()) {
      Object value = entry.getValue();
      variables.put(entry.getKey(), value instanceof List<?> || value instanceof Map<?, ?>
          ? Map.of("value", json.writeValueAsString(value), "type", "Json")
          : Map.of("value", value));
    }
    return Map.of("variables", variables);
  }

  private ResponseEntity<String> call(String user, HttpMethod method, String path, Object body, int status)
      throws Exception {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> response = http.withBasicAuth(user, user).exchange(path, method,
        new HttpEntity<>(body == null ? null : json.writeValueAsString(body), headers), String.class);
    assertThat(response.getStatusCode().value()).as(method + " " + path + ": " + response.getBody())
        .isEqualTo(status);
    return response;
  }

  private JsonNode body(ResponseEntity<String> response) throws Exception {
    return json.readTree(response.getBody());
  }
}
