package org.riskcycle.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.riskcycle.RiskCycleTest;
import org.riskcycle.access.Role;
import org.riskcycle.intelligence.IntelligenceCycleDriver;
import org.riskcycle.risk.RiskCycleDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings.Redirects;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The dashboard's data answer only risk managers, executives and auditors, and every figure follows the work done in
 * the cycles: each test reads the figures, does work, and checks that they moved by exactly that work.
 */
@RiskCycleTest
class DashboardDataTest {

  private static final String RISK_MANAGER = Role.RISK_MANAGERS.demoUserId();

  private TestRestTemplate http;

  @Autowired
  ObjectMapper json;

  @Autowired
  ProcessEngine engine;

  @Autowired
  JdbcClient db;

  @Autowired
  void http(TestRestTemplate http) {
    // the tests read where the dashboard sends the browser
    this.http = http.withRedirects(Redirects.DONT_FOLLOW);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void onlyRiskManagersExecutivesAndAuditorsSeeTheDashboard() {
    for (Role viewer : List.of(Role.RISK_MANAGERS, Role.EXECUTIVES, Role.AUDITORS)) {
      assertThat(get(viewer.demoUserId(), "/dashboard/data/portfolio").getStatusCode().value())
          .as(viewer.groupId()).isEqualTo(200);
    }
    for (Role other : List.of(Role.PLANNERS, Role.RISK_ANALYSTS, Role.INTEGRATORS, Role.PARTNER_FEDERAL)) {
      ResponseEntity<String> refused = get(other.demoUserId(), "/dashboard/data/heatmap");
      assertThat(refused.getStatusCode().value()).as(other.groupId()).isEqualTo(403);
      assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
    }
    ResponseEntity<String> anonymous = http.getForEntity("/dashboard/data/portfolio", String.class);
    assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
    assertThat(anonymous.getBody()).contains("urn:riskcycle:problem:unauthorized");

    ResponseEntity<String> page = http.getForEntity("/dashboard", String.class);
    assertThat(page.getStatusCode().value()).as("a stranger is sent to sign in").isEqualTo(302);
    assertThat(page.getHeaders().getLocation()).hasPath("/dashboard/login");
  }

  @Test
  void signingInWithTheFormOpensASessionAndSigningOutEndsIt() throws Exception {
    SignIn form = signInForm();
    // an unknown user: a wrong password would lock the user out for a few seconds (the engine's login delay)
    ResponseEntity<String> wrong = signIn(form, "nobody", "not-the-password");
    assertThat(wrong.getHeaders().getLocation()).hasPath("/dashboard/login").hasQuery("error");
    form = signInForm();
    ResponseEntity<String> withoutToken = http.postForEntity("/dashboard/login",
        new HttpEntity<>(fields("username", RISK_MANAGER, "password", RISK_MANAGER), cookie(form.cookie())),
        String.class);
    assertThat(withoutToken.getHeaders().getLocation()).as("a sign-in without the CSRF token")
        .hasPath("/dashboard/login").hasQuery("expired");

    form = signInForm();
    ResponseEntity<String> signedIn = signIn(form, RISK_MANAGER, RISK_MANAGER);
    assertThat(signedIn.getHeaders().getLocation()).hasPath("/dashboard");
    String session = sessionCookie(signedIn, form.cookie());
    ResponseEntity<String> me = http.exchange("/dashboard/data/session", HttpMethod.GET,
        new HttpEntity<>(cookie(session)), String.class);
    JsonNode user = json.readTree(me.getBody());
    assertThat(user.get("userId").asText()).isEqualTo(RISK_MANAGER);
    assertThat(http.exchange("/dashboard/index.html", HttpMethod.GET, new HttpEntity<>(cookie(session)),
        String.class).getBody()).contains("<main id=\"view\"");

    ResponseEntity<String> signedOut = http.postForEntity("/dashboard/logout", new HttpEntity<>(
        fields(user.get("csrfParameter").asText(), user.get("csrfToken").asText()), cookie(session)), String.class);
    assertThat(signedOut.getHeaders().getLocation()).hasPath("/dashboard/login").hasQuery("signedOut");
    assertThat(http.exchange("/dashboard/data/session", HttpMethod.GET, new HttpEntity<>(cookie(session)),
        String.class).getStatusCode().value()).isEqualTo(401);
  }

  @Test
  void aPlannerSigningInIsToldTheDashboardIsNotForThem() throws Exception {
    SignIn form = signInForm();
    ResponseEntity<String> signedIn = signIn(form, Role.PLANNERS.demoUserId(), Role.PLANNERS.demoUserId());
    String session = sessionCookie(signedIn, form.cookie());
    ResponseEntity<String> page = http.exchange("/dashboard", HttpMethod.GET, new HttpEntity<>(cookie(session)),
        String.class);
    assertThat(page.getHeaders().getLocation()).hasPath("/dashboard/login").hasQuery("denied");
    assertThat(http.exchange("/dashboard/login?denied", HttpMethod.GET, new HttpEntity<>(cookie(session)),
        String.class).getBody()).contains("is for risk managers, executives and auditors");
  }

  @Test
  void portfolioHeatMapAndGoalsFollowTheRisksAssessedAndDecided() throws Exception {
    RiskCycleDriver cycle = new RiskCycleDriver(engine, db);
    JsonNode portfolioBefore = read("/dashboard/data/portfolio");
    JsonNode heatMapBefore = read("/dashboard/data/heatmap");
    JsonNode goalsBefore = read("/dashboard/data/goals");

    List<ProcessInstance> risks = cycle.assessmentWithRisks("Couriers on foot", "Drones over the fence");
    ProcessInstance couriers = risks.get(0);
    ProcessInstance drones = risks.get(1);
    cycle.assess(couriers, cycle.assessment("HIGH", "HIGH"));
    cycle.developAlternatives(couriers, Role.PLANNERS.demoUserId(), cycle.alternatives());
    cycle.decide(couriers, Role.EXECUTIVES.demoUserId(), cycle.choice(cycle.alternativeId(couriers, "CONTROL")));

    JsonNode portfolio = read("/dashboard/data/portfolio");
    assertThat(delta(portfolio, portfolioBefore, 3, "risks")).as("drones await assessment").isEqualTo(1);
    assertThat(delta(portfolio, portfolioBefore, 5, "risks")).as("couriers await implementation").isEqualTo(1);
    assertThat(delta(portfolio, portfolioBefore, 5, "assessments")).isEqualTo(1);
    assertThat(delta(portfolio, portfolioBefore, 1, "completedTasks")).isEqualTo(1);
    assertThat(delta(portfolio, portfolioBefore, 3, "completedTasks")).isEqualTo(1);
    assertThat(step(portfolio, 3).get("medianHours").isNumber()).isTrue();

    JsonNode heatMap = read("/dashboard/data/heatmap");
    assertThat(cell(heatMap, "current", "HIGH", "HIGH").get("count").asLong()
        - cell(heatMapBefore, "current", "HIGH", "HIGH").get("count").asLong()).isEqualTo(1);
    assertThat(cell(heatMap, "current", "HIGH", "HIGH").get("level").asText()).isEqualTo("HIGH");
    assertThat(cell(heatMap, "residual", "LOW", "HIGH").get("count").asLong()
        - cell(heatMapBefore, "residual", "LOW", "HIGH").get("count").asLong()).as("the control's residual")
        .isEqualTo(1);
    assertThat(read("/dashboard/data/heatmap/risks?view=residual&likelihood=LOW&impact=HIGH").findValuesAsText("id"))
        .contains(couriers.getBusinessKey()).doesNotContain(drones.getBusinessKey());
    ResponseEntity<String> unknownLevel =
        get(RISK_MANAGER, "/dashboard/data/heatmap/risks?likelihood=EXTREME&impact=HIGH");
    assertThat(unknownLevel.getStatusCode().value()).isEqualTo(400);
    assertThat(unknownLevel.getBody()).contains("\"field\":\"likelihood\"");

    JsonNode goals = read("/dashboard/data/goals");
    assertThat(goal(goals, "VS2020-1").get("decisions").asLong() - goal(goalsBefore, "VS2020-1").get("decisions")
        .asLong()).as("the decision is recorded against the assessment's goals").isEqualTo(1);
    assertThat(goal(goals, "VS2020-1").get("health").get("risks").asLong()
        - goal(goalsBefore, "VS2020-1").get("health").get("risks").asLong()).as("both threaten objective 1.A")
        .isEqualTo(2);
  }

  @Test
  void anAssessmentsRecordShowsItsDecisionsAndWhoDidWhatWhen() throws Exception {
    RiskCycleDriver cycle = new RiskCycleDriver(engine, db);
    ProcessInstance risk = cycle.assessmentWithRisks("Fentanyl in mail parcels").get(0);
    cycle.assess(risk, cycle.assessment("HIGH", "HIGH"));
    cycle.developAlternatives(risk, Role.PLANNERS.demoUserId(), cycle.alternatives());
    cycle.decide(risk, Role.EXECUTIVES.demoUserId(), cycle.choice(cycle.alternativeId(risk, "CONTROL")));
    String assessmentId = db.sql("select assessment_id from risk where id = ?").param(risk.getBusinessKey())
        .query(String.class).single();

    ResponseEntity<String> reported = http.withBasicAuth(Role.RISK_ANALYSTS.demoUserId(),
        Role.RISK_ANALYSTS.demoUserId()).postForEntity("/api/v1/assessments/" + assessmentId + "/risks/"
        + risk.getBusinessKey() + "/information", Map.of("summary", "Parcels rerouted via Memphis",
        "source", "Field report"), String.class);
    assertThat(reported.getStatusCode().value()).as(reported.getBody()).isEqualTo(200);

    JsonNode record = read("/dashboard/data/assessments/" + assessmentId);

    assertThat(record.get("decisions")).hasSize(1);
    assertThat(record.get("decisions").get(0).get("decidedBy").asText()).isEqualTo(Role.EXECUTIVES.demoUserId());
    List<String> trail = StreamSupport.stream(record.get("trail").spliterator(), false)
        .map(entry -> entry.get("userId").asText() + " " + entry.get("action").asText() + " "
            + entry.get("subject").asText()).toList();
    assertThat(trail).contains(
        Role.PLANNERS.demoUserId() + " started Assessment \u201cOpioid smuggling through land ports of entry\u201d",
        Role.PLANNERS.demoUserId() + " completed Define the context",
        Role.RISK_ANALYSTS.demoUserId() + " completed Identify risks",
        Role.RISK_ANALYSTS.demoUserId() + " completed Analyze and assess the risk: Fentanyl in mail parcels",
        Role.PLANNERS.demoUserId() + " completed Develop alternatives: Fentanyl in mail parcels",
        Role.EXECUTIVES.demoUserId() + " completed Decide on the treatment: Fentanyl in mail parcels",
        Role.RISK_ANALYSTS.demoUserId() + " reported new information on Risk \u201cFentanyl in mail parcels\u201d:"
            + " Parcels rerouted via Memphis");
    assertThat(record.get("trail").findValuesAsText("at").stream().map(Instant::parse).toList()).isSorted();
    assertThat(record.get("openTasks").get(0).get("tasklistUrl").asText())
        .startsWith("/camunda/app/tasklist/default/#/?task=");
    assertThat(record.get("instances").findValuesAsText("cockpitUrl"))
        .anySatisfy(url -> assertThat(url).endsWith("/process-instance/" + risk.getId() + "/runtime"));
    assertThat(get(RISK_MANAGER, "/dashboard/data/assessments/no-such-assessment").getStatusCode().value())
        .isEqualTo(404);
  }

  @Test
  void overdueTasksNameWhoHoldsThemAndHowLateTheyAre() throws Exception {
    RiskCycleDriver cycle = new RiskCycleDriver(engine, db);
    ProcessInstance risk = cycle.assessmentWithRisks("Cash smuggled outbound").get(0);
    cycle.assess(risk, cycle.assessment("HIGH", "HIGH"));
    cycle.developAlternatives(risk, Role.PLANNERS.demoUserId(), cycle.alternatives());
    Task decide = cycle.task(risk.getId(), "Task_DecideTreatment");
    assertThat(decide.getDueDate()).isNotNull();

    ClockUtil.setCurrentTime(Date.from(decide.getDueDate().toInstant().plus(Duration.ofDays(3)).plusSeconds(60)));
    JsonNode overdue = read("/dashboard/data/overdue-tasks");

    JsonNode listed = StreamSupport.stream(overdue.get("tasks").spliterator(), false)
        .filter(task -> task.get("id").asText().equals(decide.getId())).findFirst().orElseThrow();
    assertThat(listed.get("daysOverdue").asLong()).isEqualTo(3);
    assertThat(listed.get("candidateGroups").toString()).contains(Role.EXECUTIVES.groupId());
    assertThat(listed.get("assessmentId").asText()).isEqualTo(db.sql("select assessment_id from risk where id = ?")
        .param(risk.getBusinessKey()).query(String.class).single());
    assertThat(overdue.get("total").asLong()).isGreaterThanOrEqualTo(overdue.get("tasks").size());
  }

  @Test
  void intelligenceFiguresFollowRequirementsReleasesAndFeedback() throws Exception {
    IntelligenceCycleDriver intelligence = new IntelligenceCycleDriver(engine, db);
    JsonNode before = read("/dashboard/data/intelligence");

    ProcessInstance drafted = intelligence.raise();
    intelligence.draft(drafted, intelligence.requirement());
    ProcessInstance released = intelligence.producedCycle("TLP_GREEN");
    assertThat(count(read("/dashboard/data/intelligence"), before, "steps", "number", "4", "requirements"))
        .as("awaiting peer review").isEqualTo(1);
    intelligence.peerReview(released, intelligence.peerReview("ACCEPT"));
    intelligence.release(released, IntelligenceCycleDriver.RELEASE_OFFICER,
        intelligence.release(Role.PARTNER_STATE.groupId()));

    JsonNode disseminated = read("/dashboard/data/intelligence");
    assertThat(count(disseminated, before, "steps", "number", "1", "requirements")).as("awaiting approval")
        .isEqualTo(1);
    assertThat(count(disseminated, before, "steps", "number", "4", "requirements")).isZero();
    assertThat(count(disseminated, before, "steps", "number", "5", "requirements")).as("released").isEqualTo(1);
    assertThat(count(disseminated, before, "releasedByMarking", "marking", "TLP_GREEN", "products")).isEqualTo(1);

    Task feedback = intelligence.feedbackTask(released, Role.PARTNER_STATE);
    intelligence.completeTask(feedback, Role.PARTNER_STATE.demoUserId(), intelligence.feedback(true));
    JsonNode after = read("/dashboard/data/intelligence");
    assertThat(count(after, before, "feedback", "aspect", "USEFULNESS", "answers")).isEqualTo(1);
    assertThat(after.get("feedbackSatisfied").asLong() - before.get("feedbackSatisfied").asLong()).isEqualTo(1);
    assertThat(count(after, before, "steps", "number", "5", "requirements")).as("satisfied, so closed").isZero();

    ClockUtil.setCurrentTime(Date.from(ClockUtil.now().toInstant().plus(Duration.ofDays(45))));
    JsonNode lapsed = read("/dashboard/data/intelligence").get("pastLatestTimeOfValue");
    assertThat(lapsed.findValuesAsText("id")).contains(intelligence.requirementId(drafted));
    assertThat(lapsed.findValues("daysPast")).allSatisfy(days -> assertThat(days.asLong()).isPositive());
  }

  // ---- reading ----

  private JsonNode read(String path) throws Exception {
    ResponseEntity<String> response = get(RISK_MANAGER, path);
    assertThat(response.getStatusCode().value()).as(path + ": " + response.getBody()).isEqualTo(200);
    return json.readTree(response.getBody());
  }

  private ResponseEntity<String> get(String user, String path) {
    return http.withBasicAuth(user, user).getForEntity(path, String.class);
  }

  private static JsonNode step(JsonNode portfolio, int number) {
    return find(portfolio.get("steps"), "number", String.valueOf(number));
  }

  private static long delta(JsonNode after, JsonNode before, int step, String field) {
    return step(after, step).get(field).asLong() - step(before, step).get(field).asLong();
  }

  private static JsonNode cell(JsonNode heatMap, String view, String likelihood, String impact) {
    return StreamSupport.stream(heatMap.get(view).spliterator(), false)
        .filter(cell -> cell.get("likelihood").asText().equals(likelihood)
            && cell.get("impact").asText().equals(impact)).findFirst().orElseThrow();
  }

  private static JsonNode goal(JsonNode goals, String id) {
    return find(goals, "id", id);
  }

  private static long count(JsonNode after, JsonNode before, String list, String key, String value, String field) {
    return find(after.get(list), key, value).get(field).asLong() - find(before.get(list), key, value).get(field)
        .asLong();
  }

  private static JsonNode find(JsonNode list, String key, String value) {
    return StreamSupport.stream(list.spliterator(), false).filter(item -> item.get(key).asText().equals(value))
        .findFirst().orElseThrow(() -> new AssertionError("no " + key + " " + value + " in " + list));
  }

  // ---- signing in with the form ----

  private record SignIn(String cookie, String csrfParameter, String csrfToken) {
  }

  private SignIn signInForm() {
    ResponseEntity<String> page = http.getForEntity("/dashboard/login", String.class);
    Matcher hidden = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]+)\">")
        .matcher(page.getBody());
    assertThat(hidden.find()).as(page.getBody()).isTrue();
    return new SignIn(page.getHeaders().getFirst(HttpHeaders.SET_COOKIE).split(";")[0], hidden.group(1),
        hidden.group(2));
  }

  private ResponseEntity<String> signIn(SignIn form, String user, String password) {
    return http.postForEntity("/dashboard/login", new HttpEntity<>(fields("username", user, "password", password,
        form.csrfParameter(), form.csrfToken()), cookie(form.cookie())), String.class);
  }

  /** The session cookie after signing in: a new session id, so that a session fixed before cannot be used. */
  private static String sessionCookie(ResponseEntity<String> signedIn, String before) {
    String after = signedIn.getHeaders().getFirst(HttpHeaders.SET_COOKIE);
    assertThat(after).as("a new session on sign-in").isNotNull();
    assertThat(after.split(";")[0]).isNotEqualTo(before);
    return after.split(";")[0];
  }

  private static MultiValueMap<String, String> fields(String... namesAndValues) {
    MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      fields.add(namesAndValues[i], namesAndValues[i + 1]);
    }
    return fields;
  }

  private static HttpHeaders cookie(String cookie) {
    HttpHeaders headers = new HttpHeaders();
    headers.add(HttpHeaders.COOKIE, cookie);
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    return headers;
  }
}
