package org.riskcycle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.riskcycle.RiskCycleTest;
import org.riskcycle.access.Role;
import org.riskcycle.risk.api.AssessmentRequests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A risk manager watches cycles seeded through the API on the dashboard in a real browser: the overdue tasks, the
 * heat maps and the risks of a cell, an assessment's decisions and audit trail, the goals and intelligence. A risk
 * titled with HTML markup shows as the text it is. Screenshots go to {@code target/screenshots/dashboard}.
 */
@RiskCycleTest
class DashboardBrowserTest {

  private static final String MARKUP_TITLE = "<b>Fentanyl</b> in vehicles <script>window.pwned = true</script>";
  private static final String INTEGRATOR = Role.INTEGRATORS.demoUserId();
  private static final String ANALYST = Role.RISK_ANALYSTS.demoUserId();
  private static final String PLANNER = Role.PLANNERS.demoUserId();
  private static final String EXECUTIVE = Role.EXECUTIVES.demoUserId();
  private static final String RISK_MANAGER = Role.RISK_MANAGERS.demoUserId();
  private static final List<String> LEVELS = List.of("VERY_LOW", "LOW", "MODERATE", "HIGH", "VERY_HIGH");
  private static final DateTimeFormatter ENGINE_REST_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  @LocalServerPort
  int port;

  @Autowired
  TestRestTemplate http;

  @Autowired
  ObjectMapper json;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aRiskManagerFollowsTheSeededCyclesOnTheDashboard() throws Exception {
    JsonNode heatMapBefore = read("/dashboard/data/heatmap");
    JsonNode goalsBefore = read("/dashboard/data/goals");
    JsonNode intelligenceBefore = read("/dashboard/data/intelligence");

    String nogales = startAssessment("Fentanyl at the Nogales port, FY2027");
    Map<String, String> nogalesRisks = identify(nogales, MARKUP_TITLE, "Tunnels under the fence");
    String markupRisk = nogalesRisks.get(MARKUP_TITLE);
    assess(markupRisk, "HIGH", "VERY_HIGH");
    assess(nogalesRisks.get("Tunnels under the fence"), "LOW", "MODERATE");
    developAlternatives(markupRisk);
    decide(nogales, markupRisk);
    String laredo = startAssessment("Precursor chemicals in cargo at Laredo");
    String precursors = identify(laredo, "Precursors in rail cargo").get("Precursors in rail cargo");
    assess(precursors, "HIGH", "HIGH");
    developAlternatives(precursors);
    String sanYsidro = startAssessment("Couriers at San Ysidro");
    String couriers = identify(sanYsidro, "Couriers on foot").get("Couriers on foot");
    assess(couriers, "MODERATE", "VERY_HIGH");

    String requirement = raiseRequirement("Which routes do couriers use at San Ysidro?");

    JsonNode decideTask = openTask(EXECUTIVE, precursors, "Task_DecideTreatment");
    JsonNode developTask = openTask(PLANNER, couriers, "Task_DevelopAlternatives");
    Instant due = OffsetDateTime.parse(decideTask.get("due").asText(), ENGINE_REST_DATE).toInstant();
    Instant now = due.plus(Duration.ofDays(3)).plusSeconds(3600);
    ClockUtil.setCurrentTime(Date.from(now));

    try (Browser browser = new Browser("http://localhost:" + port, Path.of("target/screenshots/dashboard"))) {
      browser.open("/dashboard");
      browser.waitUntil("the sign-in form", driver -> driver.getCurrentUrl().contains("/dashboard/login"));
      browser.type(browser.css("#username"), RISK_MANAGER);
      browser.type(browser.css("#password"), RISK_MANAGER);
      browser.screenshot("01-sign-in");
      browser.click(browser.css("#sign-in"));

      WebElement overdueDecision = browser.css("#overdue tr[data-task-id='" + decideTask.get("id").asText() + "']");
      assertThat(overdueDecision.findElement(By.cssSelector(".days-overdue")).getText()).isEqualTo("3");
      assertThat(overdueDecision.findElement(By.cssSelector(".holder")).getText())
          .isEqualTo("group " + Role.EXECUTIVES.groupId());
      WebElement overdueDevelopment =
          browser.css("#overdue tr[data-task-id='" + developTask.get("id").asText() + "']");
      assertThat(overdueDevelopment.findElement(By.cssSelector(".holder")).getText())
          .isEqualTo("group " + Role.PLANNERS.groupId());
      fullPageScreenshot(browser, "02-portfolio");

      browser.click(By.cssSelector("nav a[data-view='heatmap']"));
      browser.css("#heatmap[data-view='current']");
      assertCounts(browser, heatMapBefore, "current", Map.of(
          cell("HIGH", "VERY_HIGH"), 1, cell("LOW", "MODERATE"), 1, cell("HIGH", "HIGH"), 1,
          cell("MODERATE", "VERY_HIGH"), 1));
      fullPageScreenshot(browser, "03-heatmap-current");
      browser.click(By.id("show-residual"));
      browser.css("#heatmap[data-view='residual']");
      assertCounts(browser, heatMapBefore, "residual", Map.of(cell("LOW", "HIGH"), 1, cell("LOW", "MODERATE"), 1));
      fullPageScreenshot(browser, "04-heatmap-residual");

      browser.click(By.id("show-current"));
      browser.click(By.cssSelector(
          "#heatmap[data-view='current'] td[data-likelihood='HIGH'][data-impact='VERY_HIGH'] a"));
      WebElement markupRow = browser.css("#cell-risks tr[data-risk-id='" + markupRisk + "']");
      assertThat(markupRow.findElement(By.cssSelector(".title")).getText()).as("markup shows as text")
          .isEqualTo(MARKUP_TITLE);
      assertThat(browser.all(By.cssSelector("#view b, #view script"))).as("no markup from the register").isEmpty();
      assertThat(browser.script("return window.pwned === undefined")).isEqualTo(true);
      fullPageScreenshot(browser, "05-risks-of-a-cell");

      browser.click(markupRow.findElement(By.cssSelector("a")));
      assertThat(browser.css("#assessment-title").getText()).isEqualTo("Fentanyl at the Nogales port, FY2027");
      List<String> trail = browser.all(By.cssSelector("#assessment-trail tbody tr")).stream()
          .map(row -> row.findElement(By.cssSelector(".who")).getText() + " "
              + row.findElement(By.cssSelector(".what")).getText()).toList();
      assertThat(trail).contains(
          INTEGRATOR + " started Assessment \u201cFentanyl at the Nogales port, FY2027\u201d",
          ANALYST + " claimed Identify risks", ANALYST + " completed Identify risks",
          ANALYST + " completed Analyze and assess the risk: " + MARKUP_TITLE,
          PLANNER + " completed Develop alternatives: " + MARKUP_TITLE,
          EXECUTIVE + " completed Decide on the treatment: " + MARKUP_TITLE);
      assertThat(browser.all(By.cssSelector("#decisions tbody tr"))).hasSize(2);
      assertThat(browser.css("#decisions").getText()).contains("choose alternative", EXECUTIVE, "accepted within"
          + " tolerance");
      assertThat(browser.css("#open-tasks a").getAttribute("href"))
          .contains("/camunda/app/tasklist/default/#/?task=");
      assertThat(browser.all(By.cssSelector("#instances a")).stream().map(link -> link.getAttribute("href")))
          .allSatisfy(href -> assertThat(href).contains("/camunda/app/cockpit/default/#/process-instance/"));
      fullPageScreenshot(browser, "06-assessment");

      browser.click(By.cssSelector("nav a[data-view='goals']"));
      WebElement goal = browser.css("#goals tr[data-goal='VS2020-1']");
      assertThat(goal.findElement(By.cssSelector(".decisions")).getText())
          .isEqualTo(String.valueOf(find(goalsBefore, "id", "VS2020-1").get("decisions").asLong() + 2));
      fullPageScreenshot(browser, "07-goals");

      browser.click(By.cssSelector("nav a[data-view='intelligence']"));
      assertThat(browser.css("#requirement-steps tr[data-step='1'] .requirements").getText()).as("awaiting approval")
          .isEqualTo(String.valueOf(find(intelligenceBefore.get("steps"), "number", "1").get("requirements").asLong()
              + 1));
      WebElement lapsed = browser.css("#lapsed tr[data-requirement-id='" + requirement + "']");
      assertThat(lapsed.getText()).contains("Which routes do couriers use at San Ysidro?");
      fullPageScreenshot(browser, "08-intelligence");

      browser.click(By.cssSelector("nav a[data-view='assessments']"));
      browser.css("#assessments tr[data-assessment-id='" + sanYsidro + "']");
      fullPageScreenshot(browser, "09-assessments");
      assertThat(browser.consoleErrors()).as("the page's console").isEmpty();
    }
  }

  private static String cell(String likelihood, String impact) {
    return likelihood + "/" + impact;
  }

  /** Every cell shows what it showed before the seeding plus what the seeding put there. */
  private void assertCounts(Browser browser, JsonNode before, String view, Map<String, Integer> seeded) {
    for (String likelihood : LEVELS) {
      for (String impact : LEVELS) {
        long expected = StreamSupport.stream(before.get(view).spliterator(), false)
            .filter(c -> c.get("likelihood").asText().equals(likelihood) && c.get("impact").asText().equals(impact))
            .findFirst().orElseThrow().get("count").asLong() + seeded.getOrDefault(cell(likelihood, impact), 0);
        String shown = browser.css("#heatmap td[data-likelihood='" + likelihood + "'][data-impact='" + impact
            + "'] .count").getText();
        assertThat(shown).as(view + " " + likelihood + " x " + impact).isEqualTo(String.valueOf(expected));
      }
    }
  }

  /** The whole page in one picture: the window grows to the page's height first. */
  private static void fullPageScreenshot(Browser browser, String name) {
    long height = (Long) browser.script("return document.documentElement.scrollHeight");
    // the window's height includes what the browser itself takes
    browser.driver().manage().window().setSize(new Dimension(1440, (int) Math.max(900, height + 160)));
    browser.screenshot(name);
    browser.driver().manage().window().setSize(new Dimension(1440, 900));
  }

  // ---- seeding through the API, as integrators and the users in Tasklist would ----

  private String startAssessment(String title) throws Exception {
    Map<String, Object> context = AssessmentRequests.context(title, LocalDate.now().plusDays(1));
    return json.readTree(call(INTEGRATOR, HttpMethod.POST, "/api/v1/assessments", context, 201).getBody())
        .get("id").asText();
  }

  /** An integrator raises a requirement whose time of value ends tomorrow; its intelligence cycle starts. */
  private String raiseRequirement(String question) throws Exception {
    Map<String, Object> requirement = new LinkedHashMap<>();
    requirement.put("requirementQuestion", question);
    requirement.put("requestedBy", "Field Office San Diego");
    requirement.put("decisionSupported", "Where to post the pedestrian lane teams");
    requirement.put("priority", "PRIORITY");
    requirement.put("linkedGoals", List.of("VS2020-1.A"));
    requirement.put("linkedRisks", List.of());
    requirement.put("latestTimeOfValue", LocalDate.now().plusDays(1).toString());
    requirement.put("handlingCaveat", "TLP_AMBER");
    return json.readTree(call(INTEGRATOR, HttpMethod.POST, "/api/v1/requirements", requirement, 201).getBody())
        .get("id").asText();
  }

  /** The analyst identifies the risks; their ids by title. */
  private Map<String, String> identify(String assessmentId, String... titles) throws Exception {
    JsonNode assessment = read("/api/v1/assessments/" + assessmentId);
    String taskId = assessment.get("openTasks").get(0).get("id").asText();
    List<Map<String, Object>> risks = Arrays.stream(titles).map(title -> Map.<String, Object>of(
        "id", "", "title", title, "description", "Seen at the port.", "threatCategory", "NARCOTICS_AND_OPIOIDS",
        "threatenedObjectives", List.of("VS2020-1.A"), "source", "Field report")).toList();
    complete(ANALYST, taskId, Map.of("risks", risks));
    Map<String, String> ids = new LinkedHashMap<>();
    read("/api/v1/assessments/" + assessmentId).get("risks")
        .forEach(risk -> ids.put(risk.get("title").asText(), risk.get("id").asText()));
    return ids;
  }

  private void assess(String riskId, String likelihood, String impact) throws Exception {
    complete(ANALYST, openTask(ANALYST, riskId, "Task_AssessRisk").get("id").asText(), Map.of("likelihood", likelihood,
        "impact", impact, "vulnerability", "Two lanes lack scanners.", "consequence", "Overdoses.",
        "confidence", "HIGH", "rationale", "Seizures and reporting agree."));
  }

  private void developAlternatives(String riskId) throws Exception {
    complete(PLANNER, openTask(PLANNER, riskId, "Task_DevelopAlternatives").get("id").asText(), Map.of("alternatives",
        List.of(Map.of("treatment", "ACCEPT", "description", "Retain", "cost", 0, "benefit", 0,
                "residualLikelihood", "HIGH", "residualImpact", "HIGH", "owner", PLANNER),
            Map.of("treatment", "CONTROL", "description", "Scanners in every lane", "cost", 400_000,
                "benefit", 1_500_000, "residualLikelihood", "LOW", "residualImpact", "HIGH", "owner", PLANNER))));
  }

  private void decide(String assessmentId, String riskId) throws Exception {
    JsonNode alternatives = StreamSupport.stream(read("/api/v1/assessments/" + assessmentId).get("risks")
        .spliterator(), false).filter(risk -> risk.get("id").asText().equals(riskId)).findFirst().orElseThrow()
        .get("alternatives");
    String chosen = StreamSupport.stream(alternatives.spliterator(), false)
        .filter(alternative -> alternative.get("treatment").asText().equals("CONTROL")).findFirst().orElseThrow()
        .get("id").asText();
    complete(EXECUTIVE, openTask(EXECUTIVE, riskId, "Task_DecideTreatment").get("id").asText(), Map.of(
        "decisionOutcome", "CHOOSE_ALTERNATIVE", "chosenAlternativeId", chosen,
        "implementationDue", LocalDate.now().plusDays(90).toString(),
        "decisionRationale", "Best net benefit; brings the risk within tolerance."));
  }

  /** The risk's one open task of that kind, as /engine-rest lists it to a user who may work on it. */
  private JsonNode openTask(String user, String riskId, String taskDefinitionKey) throws Exception {
    JsonNode tasks = json.readTree(call(user, HttpMethod.GET, "/engine-rest/task?processInstanceBusinessKey="
        + riskId + "&taskDefinitionKey=" + taskDefinitionKey, null, 200).getBody());
    assertThat(tasks).as(taskDefinitionKey + " of " + riskId).hasSize(1);
    return tasks.get(0);
  }

  /** Claims and completes the task as the user, with the variables as Tasklist submits a form. */
  private void complete(String user, String taskId, Map<String, Object> values) throws Exception {
    call(user, HttpMethod.POST, "/engine-rest/task/" + taskId + "/claim", Map.of("userId", user), 204);
    Map<String, Object> variables = new LinkedHashMap<>();
    for (Map.Entry<String, Object> entry : values.entrySet()) {
      Object value = entry.getValue();
      variables.put(entry.getKey(), value instanceof List<?> || value instanceof Map<?, ?>
          ? Map.of("value", json.writeValueAsString(value), "type", "Json") : Map.of("value", value));
    }
    call(user, HttpMethod.POST, "/engine-rest/task/" + taskId + "/complete", Map.of("variables", variables), 204);
  }

  private JsonNode read(String path) throws Exception {
    return json.readTree(call(RISK_MANAGER, HttpMethod.GET, path, null, 200).getBody());
  }

  private static JsonNode find(JsonNode list, String key, String value) {
    return StreamSupport.stream(list.spliterator(), false).filter(item -> item.get(key).asText().equals(value))
        .findFirst().orElseThrow();
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
}
