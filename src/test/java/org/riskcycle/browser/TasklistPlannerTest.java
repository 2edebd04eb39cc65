package org.riskcycle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.riskcycle.RiskCycleTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The demo planner in a real browser: starts an assessment from Tasklist, claims its "Define the context" task, is
 * refused by the form while a required field is empty, then completes it; the engine has moved on to "Identify
 * risks". Screenshots of each step go to {@code target/screenshots/tasklist/}.
 */
@RiskCycleTest
class TasklistPlannerTest {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots", "tasklist");
  private static final DateTimeFormatter FORM_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");
  private static final DateTimeFormatter CALENDAR_DAY = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

  @LocalServerPort
  int port;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  TaskService taskService;

  @Autowired
  HistoryService historyService;

  private Browser browser;

  @Test
  void plannerStartsAnAssessmentAndCompletesDefineTheContextOnlyOnceTheFormIsComplete() {
    String title = "Browser test " + UUID.randomUUID();
    LocalDate deadline = LocalDate.now().plusDays(30);
    LocalDate horizon = LocalDate.now().plusDays(365);
    try (Browser opened = new Browser("http://localhost:" + port, SCREENSHOTS)) {
      browser = opened;
      logInAsPlanner();
      String processInstanceId = startAssessment(title);
      Task defineContext = taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
      assertThat(defineContext.getName()).isEqualTo("Define the context");

      browser.open("camunda/app/tasklist/default/#/?task=" + defineContext.getId());
      browser.xpath("//section[contains(@class,'task-card')]//h2[normalize-space()='Define the context']");
      browser.screenshot("05-define-context-opened");
      browser.click(By.cssSelector("button.claim[ng-click='claim()']"));
      browser.waitUntil("the task claimed by planner",
          d -> "planner".equals(taskService.createTaskQuery().taskId(defineContext.getId()).singleResult()
              .getAssignee()));
      browser.waitUntil("the form showing the title given at the start",
          d -> title.equals(field("Title").findElement(By.cssSelector("input")).getDomProperty("value")));
      browser.screenshot("06-define-context-claimed");

      check(field("Domains"), "Land");
      check(field("Locations"), "At the ports of entry");
      check(field("Decision level"), "Operational");
      check(field("Orientation"), "External");
      addTag(field("Goals and objectives at stake"), "VS2020 goal 1", "VS2020 goal 1:");
      addTag(field("Goals and objectives at stake"), "VS2020 objective 1.A", "VS2020 objective 1.A:");
      select(field("Risk tolerance"), "Moderate");
      enterDate(field("Decision deadline"), deadline);
      enterDate(field("Review horizon"), horizon);

      // the scope is still empty: the form refuses to complete and says which field is missing
      browser.click(completeButton());
      WebElement scope = field("Decision context and scope");
      browser.waitUntil("an error under the empty scope",
          d -> !scope.findElements(By.cssSelector(".fjs-form-field-error")).isEmpty());
      assertThat(scope.findElement(By.cssSelector(".fjs-form-field-error")).getText()).isEqualTo("Field is required.");
      assertThat(visibleErrors()).as("all errors shown").containsExactly("Field is required.");
      WebElement refusal = notification("An error happened while submitting the task form");
      browser.script("arguments[0].scrollIntoView({block: 'center'})", scope);
      browser.screenshot("07-define-context-refused-scope-missing");
      dismiss(refusal);
      assertThat(taskService.createTaskQuery().taskId(defineContext.getId()).count()).as("task still open")
          .isEqualTo(1);
      assertThat(runtimeService.getVariable(processInstanceId, "assessmentId")).as("nothing submitted").isNull();

      browser.type(scope.findElement(By.cssSelector("textarea")), "Allocate the Nogales port inspection capacity for"
          + " commercial trucks over the next planning year; decided by the Director of Field Operations.");
      browser.waitUntil("the scope error gone", d -> visibleErrors().isEmpty());
      browser.screenshot("08-define-context-filled");
      browser.script("arguments[0].scrollIntoView({block: 'center'})", field("Review horizon"));
      browser.screenshot("09-define-context-filled-end");
      browser.click(completeButton());

      browser.waitUntil("the task completed", d -> historyService.createHistoricTaskInstanceQuery()
          .taskId(defineContext.getId()).finished().count() == 1);
      browser.waitUntil("the task form closed", d -> d.findElements(By.cssSelector(".fjs-form")).isEmpty());
      browser.screenshot("10-define-context-completed");

      HistoricTaskInstance completed = historyService.createHistoricTaskInstanceQuery()
          .taskId(defineContext.getId()).singleResult();
      assertThat(completed.getDeleteReason()).isEqualTo("completed");
      assertThat(completed.getAssignee()).isEqualTo("planner");
      Task next = taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
      assertThat(next.getName()).isEqualTo("Identify risks");
      assertThat(next.getTaskDefinitionKey()).isEqualTo("Task_IdentifyRisks");
      assertThat(runtimeService.getVariables(processInstanceId))
          .containsEntry("title", title)
          .containsEntry("decisionLevel", "OPERATIONAL")
          .containsEntry("orientation", "EXTERNAL")
          .containsEntry("riskTolerance", "MODERATE")
          .containsEntry("decisionDeadline", deadline.toString())
          .containsEntry("reviewHorizon", horizon.toString())
          .containsEntry("iteration", 1)
          .containsKey("assessmentId");
      assertThat(String.valueOf(runtimeService.getVariable(processInstanceId, "goalsAtStake")))
          .isEqualTo("[\"VS2020-1\",\"VS2020-1.A\"]");
      assertThat(String.valueOf(runtimeService.getVariable(processInstanceId, "domains"))).isEqualTo("[\"LAND\"]");
      assertThat(browser.consoleErrors()).as("console errors other than failed requests")
          .allMatch(error -> error.contains("Failed to load resource"));
    }
  }

  private void logInAsPlanner() {
    browser.open("camunda/app/tasklist/");
    browser.type(browser.css("input[ng-model='username']"), "planner");
    browser.type(browser.css("input[ng-model='password']"), "planner");
    browser.screenshot("01-login");
    browser.click(By.cssSelector("button[type='submit']"));
    browser.css("li.start-process-action a");
    browser.screenshot("02-tasklist");
  }

  /** Starts "Risk management cycle" from the Start process menu and returns the new instance's id. */
  private String startAssessment(String title) {
    browser.click(By.cssSelector("li.start-process-action a"));
    browser.click(By.xpath("//div[contains(@class,'modal-content')]//a[normalize-space()='Risk management cycle']"));
    WebElement titleInput = browser.css(".modal-content .fjs-form input");
    browser.screenshot("03-start-form");
    browser.type(titleInput, title);
    browser.click(By.cssSelector("button[ng-click='startProcessInstance()']"));
    browser.waitUntil("the start dialog closed", d -> d.findElements(By.cssSelector(".modal-content")).isEmpty());
    WebElement started = notification("The process has been started.");
    browser.screenshot("04-assessment-started");
    dismiss(started);
    ProcessInstance assessment = browser.waitUntil("the started assessment", d -> runtimeService
        .createProcessInstanceQuery().processDefinitionKey("riskManagementCycle").variableValueEquals("title", title)
        .singleResult());
    return assessment.getId();
  }

  /** The notification (top right) that says {@code text}, waiting for it. */
  private WebElement notification(String text) {
    return browser.xpath("//*[contains(@class, 'notifications')]//div[contains(@class, 'alert')]"
        + "[contains(normalize-space(), '" + text + "')]");
  }

  private void dismiss(WebElement notification) {
    browser.click(notification.findElement(By.cssSelector("button.close[ng-click^='removeNotification']")));
    browser.waitUntil("the notification dismissed", ExpectedConditions.invisibilityOf(notification));
  }

  /** The form-js field whose label starts with {@code label}. */
  private WebElement field(String label) {
    return browser.xpath("//div[contains(concat(' ', normalize-space(@class), ' '), ' fjs-form-field ')]"
        + "[.//label[starts-with(normalize-space(), '" + label + "')]]");
  }

  private WebElement completeButton() {
    return browser.css("button[ng-click='complete()']");
  }

  private List<String> visibleErrors() {
    // read in one go: form-js replaces the error elements while it validates
    @SuppressWarnings("unchecked")
    List<String> errors = (List<String>) browser.script("""
        return Array.from(document.querySelectorAll('.fjs-form-field-error'))
          .map(e => e.innerText.trim()).filter(text => text);""");
    return errors;
  }

  /** Ticks the checkbox or radio button of {@code field} labelled {@code option}. */
  private void check(WebElement field, String option) {
    WebElement input = field.findElement(By.xpath(".//label[starts-with(normalize-space(), '" + option + "')]/input"));
    browser.click(input);
    browser.waitUntil(option + " ticked", d -> input.isSelected());
  }

  /** Searches the taglist {@code field} for {@code search} and picks the option starting with {@code option}. */
  private void addTag(WebElement field, String search, String option) {
    int tags = field.findElements(By.cssSelector(".fjs-taglist-tag")).size();
    browser.type(field.findElement(By.cssSelector("input.fjs-taglist-input")), search);
    WebElement item = browser.waitUntil("taglist option " + option, d -> field
        .findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
        .filter(candidate -> candidate.getText().startsWith(option)).findFirst().orElse(null));
    browser.click(item);
    browser.waitUntil("tag " + option + " added",
        d -> field.findElements(By.cssSelector(".fjs-taglist-tag")).size() == tags + 1);
  }

  /** Opens the dropdown of the select {@code field} and picks the option starting with {@code option}. */
  private void select(WebElement field, String option) {
    browser.click(field.findElement(By.cssSelector(".fjs-input-group")));
    WebElement item = browser.waitUntil("select option " + option, d -> field
        .findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
        .filter(candidate -> candidate.getText().startsWith(option)).findFirst().orElse(null));
    browser.click(item);
    browser.waitUntil(option + " selected",
        d -> field.findElement(By.cssSelector(".fjs-select-display")).getText().startsWith(option));
  }

  /** Types the date as a user does into the date picker, then leaves the field. */
  private void enterDate(WebElement field, LocalDate date) {
    WebElement input = field.findElement(By.cssSelector("input"));
    browser.type(input, FORM_DATE.format(date));
    browser.script("""
        var e = arguments[0];
        e.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', code: 'Enter', keyCode: 13, bubbles: true}));
        e.blur();""", input);
    String day = CALENDAR_DAY.format(date);
    browser.waitUntil("date " + date + " taken by the date picker", d -> field
        .findElements(By.cssSelector(".flatpickr-day.selected")).stream()
        .anyMatch(selected -> day.equals(selected.getDomAttribute("aria-label"))));
  }
}
