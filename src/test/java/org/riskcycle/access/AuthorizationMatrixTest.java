package org.riskcycle.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.riskcycle.RiskCycleTest;
import org.riskcycle.intelligence.IntelligenceCycleDriver;
import org.riskcycle.risk.RiskCycleDriver;
import org.riskcycle.risk.api.AssessmentRequests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The authorization tables of {@code docs/security.md}, read from the file and checked cell by cell against the
 * running application over HTTP, as the demo user of each group (password = user id): the API matrix (every operation
 * × every group: allowed is anything but 401 and 403, denied is 403), the task matrix (every user task × every group
 * and the assignee: read, claim, complete) and the separation of duties (the author of the work is refused the task
 * that checks it). One process instance per task row is driven to its task and reused by every group; nothing a check
 * does completes a task or changes the registers.
 */
@RiskCycleTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class AuthorizationMatrixTest {

  private static final Path SECURITY_DOC = Path.of("docs/security.md");
  private static final Path PROCESSES = Path.of("processes");
  private static final String PARTNERS = "partner-*";
  private static final String ASSIGNEE = "assignee";
  private static final String NOT_APPLICABLE = "n/a";
  /** The one operation open without a login. */
  private static final String OPEN = "GET /actuator/health";

  /**
   * Owns a treatment, in no group: whatever it may do on the treatment's task, it may by being its assignee; on the
   * API, the user in no role.
   */
  private static final String OWNER = "matrix-owner";
  /** A planner who is also an executive: develops the alternatives an executive decides. */
  private static final String PLANNER_EXECUTIVE = "matrix-plannerexec";
  /** An intelligence analyst who is also a release officer: writes a product a release officer releases. */
  private static final String ANALYST_OFFICER = "matrix-analystofficer";

  private static final String PLANNER = Role.PLANNERS.demoUserId();
  private static final String EXECUTIVE = Role.EXECUTIVES.demoUserId();
  private static final String INTEGRATOR = Role.INTEGRATORS.demoUserId();
  private static final String WEBHOOK_URL = "http://127.0.0.1:9/authorization-matrix";

  /**
   * A completion that every user task refuses for its input (each task's checks find one of these wrong), so that a
   * user who may complete the task gets 400 and nothing changes: the engine checks the input only after the
   * permission, which answers 403.
   */
  private static final Map<String, Object> REFUSED_BY_EVERY_TASK = refusedByEveryTask();

  @Autowired
  TestRestTemplate http;

  @Autowired
  ObjectMapper json;

  @Autowired
  ProcessEngine engine;

  @Autowired
  JdbcClient db;

  @Autowired
  ApplicationContext context;

  private Fixtures fixtures;

  @Test
  void everyApiOperationIsAllowedExactlyWhereTheMatrixSays() throws Exception {
    Fixtures fixture = fixtures();
    Table table = Table.read("api");
    assertThat(table.header().get(0)).isEqualTo("Operation");
    List<String> groups = table.header().subList(1, table.header().size());
    assertEveryRoleOnce(groups);
    List<String> documented = table.rows().stream().map(row -> row.get(0)).toList();
    assertThat(documented).as("every operation of /api in the API matrix, once").doesNotHaveDuplicates()
        .containsAll(apiOperations());

    List<String> wrong = new ArrayList<>();
    int cells = 0;
    int calls = 0;
    long start = System.nanoTime();
    for (List<String> row : table.rows()) {
      String operation = row.get(0);
      Request request = fixture.api.get(operation);
      assertThat(request).as("a request for " + operation + " (add one to the test)").isNotNull();
      assertThat(row).as(operation).hasSameSizeAs(table.header());
      for (int column = 1; column < row.size(); column++) {
        boolean allowed = switch (row.get(column)) {
          case "✓" -> true;
          case "✗" -> false;
          default -> throw new AssertionError(operation + ", " + table.header().get(column) + ": '"
              + row.get(column) + "' is neither ✓ nor ✗");
        };
        cells++;
        for (Role role : rolesOf(table.header().get(column))) {
          String user = role.demoUserId();
          ResponseEntity<String> response = call(user, request.method(), request.path(), request.body());
          calls++;
          int status = response.getStatusCode().value();
          // allowed: the request passed every authorization check (it may still be refused for itself, but not by an
          // error of the server, which would prove nothing)
          boolean asDesigned = allowed ? status != 401 && status != 403 && status < 500 : status == 403;
          if (!asDesigned) {
            wrong.add(operation + " as " + user + " (" + role.groupId() + "): designed "
                + (allowed ? "allowed" : "403") + ", got " + status + " " + response.getBody());
          }
        }
      }
      // without a login, and as a user in none of the groups: only the health check answers
      boolean open = OPEN.equals(operation);
      int anonymous = call(null, request.method(), request.path(), request.body()).getStatusCode().value();
      int noRole = call(OWNER, request.method(), request.path(), request.body()).getStatusCode().value();
      calls += 2;
      if (open ? anonymous != 200 || noRole != 200 : anonymous != 401 || noRole != 403) {
        wrong.add(operation + ": designed " + (open ? "200 and 200" : "401 without a login and 403 in no group")
            + ", got " + anonymous + " and " + noRole);
      }
    }

    System.out.printf("API matrix: %d operations x %d group columns = %d cells, %d calls (%d users, without a"
        + " login and in no group) in %.1f s; %d not as designed%n", table.rows().size(), groups.size(), cells, calls, Role.values().length,
        seconds(start), wrong.size());
    assertThat(wrong).as("cells of the API matrix where the application does not do as designed").isEmpty();
  }

  @Test
  void everyUserTaskIsReadClaimedAndCompletedExactlyWhereTheMatrixSays() throws Exception {
    Fixtures fixture = fixtures();
    Table table = Table.read("tasks");
    List<String> header = table.header();
    assertThat(header.subList(0, 2)).containsExactly("Process", "User task");
    assertThat(header.get(header.size() - 1)).isEqualTo(ASSIGNEE);
    List<String> groups = header.subList(2, header.size() - 1);
    assertEveryRoleOnce(groups);
    Set<String> userTasks = userTasks();
    assertThat(table.rows().stream().map(row -> row.get(0) + " " + taskIdOf(row.get(1))).toList())
        .as("every user task of processes/*.bpmn in the task matrix, and no other").containsAll(userTasks)
        .allMatch(userTasks::contains);

    List<Check> checks = new ArrayList<>();
    Set<String> tasksOfProcess = new LinkedHashSet<>();
    int cells = 0;
    for (List<String> row : table.rows()) {
      String label = row.get(1);
      TaskTarget target = fixture.tasks.get(label);
      assertThat(target).as("a task for the row '" + label + "' (add one to the test)").isNotNull();
      assertThat(row).as(label).hasSameSizeAs(header);
      for (int column = 2; column < row.size() - 1; column++) {
        Set<Character> designed = permissions(label, header.get(column), row.get(column));
        cells++;
        for (Role role : rolesOf(header.get(column))) {
          String taskId = target.taskFor(role);
          if (tasksOfProcess.add(taskId)) {
            checkTaskOfProcess(taskId, row.get(0), taskIdOf(label));
          }
          checks.add(new Check(label, role.groupId(), role.demoUserId(), taskId, designed));
        }
      }
      String assigneeCell = row.get(row.size() - 1);
      if (NOT_APPLICABLE.equals(assigneeCell)) {
        assertThat(target.assignee()).as(label + ": the process assigns the task to nobody").isNull();
      } else {
        assertThat(target.assignee()).as(label + ": the process assigns the task").isNotNull();
        assertThat(engine.getTaskService().createTaskQuery().taskId(target.taskId()).singleResult().getAssignee())
            .as(label + ": assignee").isEqualTo(target.assignee());
        cells++;
        checks.add(new Check(label, ASSIGNEE, target.assignee(), target.taskId(),
            permissions(label, ASSIGNEE, assigneeCell)));
      }
    }

    // the tasks are checked side by side, each task's checks one after the other (a claim assigns the task)
    long start = System.nanoTime();
    Map<String, List<Check>> byTask = checks.stream()
        .collect(Collectors.groupingBy(Check::taskId, LinkedHashMap::new, Collectors.toList()));
    ExecutorService workers = Executors.newFixedThreadPool(4);
    List<String> wrong = new ArrayList<>();
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (List<Check> ofOneTask : byTask.values()) {
        results.add(workers.submit(() -> {
          List<String> wrongHere = new ArrayList<>();
          ofOneTask.forEach(check -> checkTask(check, wrongHere));
          return wrongHere;
        }));
      }
      for (Future<List<String>> result : results) {
        wrong.addAll(result.get());
      }
    } finally {
      workers.shutdownNow();
    }
    int calls = checks.size() * 3;

    System.out.printf("Task matrix: %d user task rows x %d columns (%d groups and the assignee) = %d cells"
        + " checked, each for read, claim and complete: %d calls in %.1f s; %d not as designed%n",
        table.rows().size(), groups.size() + 1, groups.size(), cells, calls, seconds(start), wrong.size());
    assertThat(wrong).as("cells of the task matrix where the application does not do as designed").isEmpty();
  }

  @Test
  void noAuthorMayClaimOrCompleteTheTaskThatChecksTheirWork() throws Exception {
    Fixtures fixture = fixtures();
    Table table = Table.read("separation-of-duties");
    assertThat(table.header().subList(0, 2)).containsExactly("Process", "User task");
    assertThat(table.rows().stream().map(row -> row.get(1)).toList()).as("the rules the test knows")
        .containsExactlyInAnyOrderElementsOf(fixture.authors.keySet());

    TaskService tasks = engine.getTaskService();
    int calls = 0;
    for (List<String> row : table.rows()) {
      Authored authored = fixture.authors.get(row.get(1));
      checkTaskOfProcess(authored.taskId(), row.get(0), row.get(1));
      assertThat(tasks.createTaskQuery().taskId(authored.taskId()).taskCandidateUser(authored.author()).count())
          .as(authored.author() + " is a candidate of " + row.get(1) + ", so only the rule keeps them out").isOne();

      ResponseEntity<String> claim = call(authored.author(), HttpMethod.POST,
          "/engine-rest/task/" + authored.taskId() + "/claim", claimBody(authored.author()));
      ResponseEntity<String> complete = call(authored.author(), HttpMethod.POST,
          "/engine-rest/task/" + authored.taskId() + "/complete", completionBody());
      calls += 2;

      for (ResponseEntity<String> refused : List.of(claim, complete)) {
        assertThat(refused.getStatusCode().value()).as(row.get(1) + " by its author: " + refused.getBody())
            .isEqualTo(403);
        assertThat(json.readTree(refused.getBody()).get("message").asText()).as(row.get(1))
            .startsWith("Separation of duties: " + authored.author());
      }
      Task task = tasks.createTaskQuery().taskId(authored.taskId()).singleResult();
      assertThat(task).as(row.get(1) + " still open").isNotNull();
      assertThat(task.getAssignee()).as(row.get(1) + " still unassigned").isNull();
    }
    System.out.printf("Separation of duties: %d rules, %d calls by the authors, all refused%n", table.rows().size(),
        calls);
  }

  @AfterAll
  void endTheSubscriptions() {
    if (fixtures != null) {
      for (String subscription : List.of(fixtures.subscriptionId, fixtures.subscriptionToEndId)) {
        call(INTEGRATOR, HttpMethod.DELETE, "/api/v1/webhooks/" + subscription, null);
      }
    }
  }

  // ---- one task, one user ----

  /** One cell of the task matrix for one user: what they may do on the task of the row. */
  record Check(String row, String column, String user, String taskId, Set<Character> designed) {
  }

  /** Reads, completes (with refused input) and claims the task as the user. */
  private void checkTask(Check check, List<String> wrong) {
    TaskService tasks = engine.getTaskService();
    String user = check.user();
    String taskId = check.taskId();
    Set<Character> designed = check.designed();
    String where = check.row() + " as " + user + " (" + check.column() + ")";

    int read = call(user, HttpMethod.GET, "/engine-rest/task/" + taskId, null).getStatusCode().value();
    if (designed.contains('R') ? read != 200 : read != 404 && read != 403) {
      wrong.add(where + ": read designed " + (designed.contains('R') ? "200" : "404") + ", got " + read);
    }

    ResponseEntity<String> completion = call(user, HttpMethod.POST, "/engine-rest/task/" + taskId + "/complete",
        completionBody());
    int complete = completion.getStatusCode().value();
    boolean refusedForInput = complete == 400 && completion.getBody() != null
        && completion.getBody().contains("\"type\":\"InvalidTaskInput\"");
    if (designed.contains('W') ? !refusedForInput : complete != 403) {
      wrong.add(where + ": complete designed " + (designed.contains('W') ? "400 (input refused)" : "403")
          + ", got " + complete + " " + completion.getBody());
    }

    // claimed on the task unassigned, then given back to the assignee it had
    String assignee = tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee();
    if (assignee != null) {
      tasks.setAssignee(taskId, null);
    }
    int claim = call(user, HttpMethod.POST, "/engine-rest/task/" + taskId + "/claim", claimBody(user))
        .getStatusCode().value();
    if (claim == 204 || assignee != null) {
      tasks.setAssignee(taskId, assignee);
    }
    if (designed.contains('C') ? claim != 204 : claim != 403) {
      wrong.add(where + ": claim designed " + (designed.contains('C') ? "204" : "403") + ", got " + claim);
    }

    assertThat(tasks.createTaskQuery().taskId(taskId).count()).as(where + ": the task is still open").isOne();
  }

  private void checkTaskOfProcess(String taskId, String processKey, String taskDefinitionKey) {
    Task task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
    assertThat(task).as(taskDefinitionKey + " open").isNotNull();
    assertThat(task.getTaskDefinitionKey()).isEqualTo(taskDefinitionKey);
    assertThat(engine.getRepositoryService().getProcessDefinition(task.getProcessDefinitionId()).getKey())
        .as(taskDefinitionKey + ": process").isEqualTo(processKey);
  }

  private static Set<Character> permissions(String row, String column, String cell) {
    if ("—".equals(cell)) {
      return Set.of();
    }
    Set<Character> permissions = new LinkedHashSet<>();
    for (String permission : cell.split(" ")) {
      assertThat(permission).as(row + ", " + column + ": '" + cell + "' is R, C and W or —").isIn("R", "C", "W");
      permissions.add(permission.charAt(0));
    }
    return permissions;
  }

  private String completionBody() {
    Map<String, Object> variables = new LinkedHashMap<>();
    REFUSED_BY_EVERY_TASK.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    return write(Map.of("variables", variables));
  }

  private String claimBody(String user) {
    return write(Map.of("userId", user));
  }

  private static Map<String, Object> refusedByEveryTask() {
    Map<String, Object> variables = new LinkedHashMap<>();
    // choices and codes that no task offers
    for (String choice : List.of("draftOutcome", "approvalOutcome", "collectionOutcome", "gapDecision",
        "peerReviewOutcome", "releaseOutcome", "relevance", "likelihood", "decisionOutcome", "reviewOutcome")) {
      variables.put(choice, "NOT_AN_OPTION");
    }
    // lists that are not JSON
    for (String list : List.of("risks", "alternatives", "collectionAssets", "processedResults")) {
      variables.put(list, "[not JSON");
    }
    // texts that are numbers
    for (String text : List.of("title", "implementationNotes", "followUpNotes", "followUpNote", "productTitle",
        "requirementQuestion")) {
      variables.put(text, 1);
    }
    return variables;
  }

  // ---- the tables ----

  /** A Markdown table of {@code docs/security.md}, found by the comment before it; code marks are left out. */
  record Table(List<String> header, List<List<String>> rows) {

    static Table read(String name) throws IOException {
      List<String> lines = Files.readAllLines(SECURITY_DOC);
      int marker = lines.indexOf("<!-- authorization-matrix: " + name + " -->");
      assertThat(marker).as("the table '" + name + "' in " + SECURITY_DOC).isNotNegative();
      List<List<String>> table = new ArrayList<>();
      for (int i = marker + 1; i < lines.size() && lines.get(i).startsWith("|"); i++) {
        table.add(cells(lines.get(i)));
      }
      assertThat(table).as("the table '" + name + "': header, separator, rows").hasSizeGreaterThan(2);
      return new Table(table.get(0), table.subList(2, table.size()));
    }

    private static List<String> cells(String line) {
      String row = line.strip();
      assertThat(row).as(line).endsWith("|");
      return Arrays.stream(row.substring(1, row.length() - 1).split("\\|", -1))
          .map(cell -> cell.replace("`", "").strip()).toList();
    }
  }

  private static List<Role> rolesOf(String column) {
    if (PARTNERS.equals(column)) {
      return Arrays.stream(Role.values()).filter(Role::isPartner).toList();
    }
    return List.of(Role.ofGroup(column)
        .orElseThrow(() -> new AssertionError("the column '" + column + "' is no role group")));
  }

  private static void assertEveryRoleOnce(List<String> columns) {
    List<Role> roles = columns.stream().flatMap(column -> rolesOf(column).stream()).toList();
    assertThat(roles).as("each role group in one column").doesNotHaveDuplicates()
        .containsExactlyInAnyOrder(Role.values());
  }

  private static String taskIdOf(String label) {
    return label.split(" ")[0];
  }

  /** "processKey Task_id" of every user task in processes/*.bpmn. */
  private static Set<String> userTasks() throws IOException {
    Set<String> tasks = new TreeSet<>();
    try (Stream<Path> files = Files.list(PROCESSES)) {
      for (Path file : files.filter(file -> file.toString().endsWith(".bpmn")).toList()) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
          ModelElementInstance parent = task.getParentElement();
          while (!(parent instanceof Process)) {
            parent = parent.getParentElement();
          }
          tasks.add(((Process) parent).getId() + " " + task.getId());
        }
      }
    }
    return tasks;
  }

  /** "METHOD /path" of every operation under /api that the application maps. */
  private Set<String> apiOperations() {
    Set<String> operations = new TreeSet<>();
    for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
      mapping.getHandlerMethods().keySet().forEach(info -> {
        for (String pattern : info.getPatternValues()) {
          if (pattern.startsWith("/api/")) {
            for (RequestMethod method : info.getMethodsCondition().getMethods()) {
              operations.add(method.name() + " " + pattern);
            }
          }
        }
      });
    }
    assertThat(operations).as("the operations of /api").isNotEmpty();
    return operations;
  }

  // ---- HTTP ----

  private ResponseEntity<String> call(String user, HttpMethod method, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    if (user != null) {
      headers.setBasicAuth(user, user);
    }
    if (body != null) {
      headers.setContentType(MediaType.APPLICATION_JSON);
    }
    return http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---- what the checks work on ----

  record Request(HttpMethod method, String path, String body) {
  }

  /** The task of a row, for each role (the feedback rows differ by partner group), and its assignee if any. */
  record TaskTarget(String taskId, Map<Role, String> byRole, String assignee) {

    String taskFor(Role role) {
      return byRole.getOrDefault(role, taskId);
    }
  }

  /** A task that checks work, and the work's author, who is also a candidate of the task. */
  record Authored(String taskId, String author) {
  }

  private Fixtures fixtures() {
    if (fixtures == null) {
      long start = System.nanoTime();
      fixtures = new Fixtures();
      System.out.printf("Authorization matrix: %d tasks and the API's ids prepared in %.1f s%n",
          fixtures.tasks.size(), seconds(start));
    }
    return fixtures;
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  /**
   * One process instance per row of the task matrix, driven to its task with the cycles' drivers, and the ids the
   * API's paths need. Built once, in the first test, where the process coverage records it.
   */
  private final class Fixtures {

    final Map<String, TaskTarget> tasks = new HashMap<>();
    final Map<String, Authored> authors = new HashMap<>();
    final Map<String, Request> api = new HashMap<>();
    String subscriptionId;
    String subscriptionToEndId;

    private final RiskCycleDriver risk = new RiskCycleDriver(engine, db);
    private final IntelligenceCycleDriver intel = new IntelligenceCycleDriver(engine, db);

    Fixtures() {
      ensureUser(OWNER);
      ensureUser(PLANNER_EXECUTIVE, Role.PLANNERS, Role.EXECUTIVES);
      ensureUser(ANALYST_OFFICER, Role.INTEL_ANALYSTS, Role.RELEASE_OFFICERS);
      try {
        Map<String, String> ids = riskCycles();
        ids.putAll(intelligenceCycles());
        ids.putAll(subscriptions());
        apiRequests(ids);
      } finally {
        risk.signOut();
      }
    }

    private Map<String, String> riskCycles() {
      ProcessInstance contextCycle = risk.startAssessment();
      ProcessInstance identifyCycle = risk.startAssessment();
      risk.defineContext(identifyCycle, risk.context());

      // one assessment whose tolerance is Low, so that a Moderate risk goes to the risk managers' decision
      ProcessInstance cycle = risk.startAssessment();
      risk.defineContext(cycle, risk.context().putValue("riskTolerance", "LOW"));
      List<String> steps = List.of("assess", "develop", "decide moderate", "decide high", "implement", "review");
      List<Map<String, Object>> identified = new ArrayList<>();
      for (String step : steps) {
        identified.add(risk.risk("Authorization matrix " + step));
      }
      risk.identifyRisks(cycle, risk.risks(identified));
      Map<String, ProcessInstance> treatments = new HashMap<>();
      Map<String, String> riskIds = new HashMap<>();
      for (String step : steps) {
        String riskId = db.sql("select id from risk where title = ? order by identified_at desc")
            .param("Authorization matrix " + step).query(String.class).list().get(0);
        riskIds.put(step, riskId);
        treatments.put(step, risk.treatment(riskId));
      }

      risk.assess(treatments.get("develop"), risk.assessment("HIGH", "HIGH"));
      ProcessInstance decideModerate = treatments.get("decide moderate");
      risk.assess(decideModerate, risk.assessment("MODERATE", "MODERATE"));
      risk.developAlternatives(decideModerate, PLANNER, risk.alternatives());
      ProcessInstance decideHigh = treatments.get("decide high");
      risk.assess(decideHigh, risk.assessment("HIGH", "HIGH"));
      risk.developAlternatives(decideHigh, PLANNER_EXECUTIVE, risk.alternatives());
      ProcessInstance implement = treatments.get("implement");
      risk.assess(implement, risk.assessment("HIGH", "HIGH"));
      risk.developAlternatives(implement, PLANNER, Variables.createVariables().putValueTyped("alternatives",
          RiskCycleDriver.json(List.of(risk.alternative("ACCEPT", 0, 0, "HIGH", "HIGH", OWNER),
              risk.alternative("CONTROL", 250_000, 900_000, "LOW", "HIGH", OWNER)))));
      risk.decide(implement, EXECUTIVE, risk.choice(risk.alternativeId(implement, "CONTROL")));
      risk.fireTimer(implement, "Event_ImplementationOverdue");
      // Low is within the tolerance: accepted and monitored until the review is due
      ProcessInstance review = treatments.get("review");
      risk.assess(review, risk.assessment("LOW", "LOW"));
      risk.fireTimer(review, "Event_ReviewDue");

      task("Task_DefineContext", contextCycle);
      task("Task_IdentifyRisks", identifyCycle);
      task("Task_AssessRisk", treatments.get("assess"));
      task("Task_DevelopAlternatives", treatments.get("develop"));
      task("Task_DecideTreatment (risk Moderate or lower)", decideModerate, Role.RISK_MANAGERS);
      task("Task_DecideTreatment (risk High or Very High)", decideHigh, Role.EXECUTIVES);
      assigned("Task_ImplementTreatment", implement, OWNER);
      task("Task_FollowUpOverdueImplementation", implement);
      task("Task_ReviewTreatment", review);
      authors.put("Task_DecideTreatment", new Authored(risk.task(decideHigh.getId(), "Task_DecideTreatment").getId(),
          PLANNER_EXECUTIVE));

      Map<String, String> ids = new HashMap<>();
      ids.put("riskId", riskIds.get("assess"));
      ids.put("assessmentId", db.sql("select assessment_id from risk where id = ?").param(riskIds.get("assess"))
          .query(String.class).single());
      ids.put("decisionId", db.sql("select id from risk_decision where risk_id = ?")
          .param(riskIds.get("implement")).query(String.class).single());
      return ids;
    }

    private Map<String, String> intelligenceCycles() {
      ProcessInstance drafting = raisedBy(IntelligenceCycleDriver.SECOND_PLANNER);
      ProcessInstance approval = raisedBy(IntelligenceCycleDriver.SECOND_PLANNER);
      intel.complete(approval.getId(), "Task_DraftRequirement", IntelligenceCycleDriver.SECOND_PLANNER,
          intel.requirement().putValue("draftOutcome", "SUBMIT"));
      ProcessInstance planning = approved();
      ProcessInstance collecting = approved();
      intel.planCollection(collecting, "DeConcini crossing officers");
      intel.fireTimer(collecting, intel.collectionTasks(collecting).get(0).getExecutionId(),
          "Event_CollectionOverdue");
      ProcessInstance gaps = approved();
      intel.planCollection(gaps, "Mexican customs liaison");
      intel.completeTask(intel.collectionTasks(gaps).get(0), IntelligenceCycleDriver.COLLECTOR, intel.gap());
      ProcessInstance processing = collected();
      ProcessInstance producing = processed();

      ProcessInstance peerReview = processed();
      produce(peerReview, IntelligenceCycleDriver.SECOND_ANALYST, "TLP_AMBER");
      ProcessInstance revision = processed();
      produce(revision, IntelligenceCycleDriver.SECOND_ANALYST, "TLP_AMBER");
      intel.complete(revision.getId(), "Task_PeerReviewProduct", IntelligenceCycleDriver.ANALYST,
          intel.peerReview("SEND_BACK"));
      ProcessInstance release = processed();
      produce(release, ANALYST_OFFICER, "TLP_AMBER");
      intel.complete(release.getId(), "Task_PeerReviewProduct", IntelligenceCycleDriver.ANALYST,
          intel.peerReview("ACCEPT"));
      ProcessInstance redRelease = reviewed("TLP_RED");

      // released to every partner group (TLP:GREEN, which each may receive): one feedback task per group
      ProcessInstance feedback = reviewed("TLP_GREEN");
      intel.release(feedback, IntelligenceCycleDriver.RELEASE_OFFICER, intel.release(Role.partnerGroupIds()));
      ProcessInstance refinement = reviewed("TLP_GREEN");
      intel.release(refinement, IntelligenceCycleDriver.RELEASE_OFFICER,
          intel.release(Role.PARTNER_FEDERAL.groupId()));
      intel.completeTask(intel.feedbackTask(refinement, Role.PARTNER_FEDERAL), Role.PARTNER_FEDERAL.demoUserId(),
          intel.feedback(false));

      assigned("Task_DraftRequirement", drafting, IntelligenceCycleDriver.SECOND_PLANNER);
      task("Task_ApproveRequirement", approval);
      task("Task_PlanCollection", planning);
      task("Task_CollectInformation", collecting);
      task("Task_FollowUpOverdueCollection", collecting);
      task("Task_ProcessCollection", processing);
      task("Task_DecideOnCollectionGaps", gaps);
      task("Task_ProduceProduct", producing);
      task("Task_PeerReviewProduct", peerReview);
      assigned("Task_ReviseProduct", revision, IntelligenceCycleDriver.SECOND_ANALYST);
      task("Task_ReleaseProduct (TLP:AMBER+STRICT or lower)", release, Role.RELEASE_OFFICERS);
      task("Task_ReleaseProduct (TLP:RED)", redRelease, Role.EXECUTIVES);
      task("Task_RefineRequirement", refinement);
      feedbackTasks(feedback);
      authors.put("Task_ApproveRequirement", new Authored(taskId(approval, "Task_ApproveRequirement"),
          IntelligenceCycleDriver.SECOND_PLANNER));
      authors.put("Task_PeerReviewProduct", new Authored(taskId(peerReview, "Task_PeerReviewProduct"),
          IntelligenceCycleDriver.SECOND_ANALYST));
      authors.put("Task_ReleaseProduct", new Authored(taskId(release, "Task_ReleaseProduct"), ANALYST_OFFICER));

      Map<String, String> ids = new HashMap<>();
      ids.put("requirementId", intel.requirementId(planning));
      ids.put("productId", (String) intel.variable(feedback, "productId"));
      return ids;
    }

    /** The feedback rows: a partner's own group's task, and another group's; for the other roles, federal's. */
    private void feedbackTasks(ProcessInstance feedback) {
      List<Role> partners = Arrays.stream(Role.values()).filter(Role::isPartner).toList();
      Map<Role, String> own = new EnumMap<>(Role.class);
      Map<Role, String> another = new EnumMap<>(Role.class);
      for (int i = 0; i < partners.size(); i++) {
        own.put(partners.get(i), intel.feedbackTask(feedback, partners.get(i)).getId());
        another.put(partners.get(i), intel.feedbackTask(feedback, partners.get((i + 1) % partners.size())).getId());
      }
      String federal = own.get(Role.PARTNER_FEDERAL);
      tasks.put("Task_GiveFeedback (the partner's own group)", new TaskTarget(federal, own, null));
      tasks.put("Task_GiveFeedback (another partner group)", new TaskTarget(federal, another, null));
    }

    private Map<String, String> subscriptions() {
      Map<String, String> ids = new HashMap<>();
      subscriptionId = subscribe();
      subscriptionToEndId = subscribe();
      ids.put("subscriptionId", subscriptionId);
      ids.put("subscriptionToEndId", subscriptionToEndId);
      return ids;
    }

    private String subscribe() {
      ResponseEntity<String> created = call(INTEGRATOR, HttpMethod.POST, "/api/v1/webhooks",
          write(Map.of("url", WEBHOOK_URL, "events", List.of("product.released"))));
      assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
      try {
        return json.readTree(created.getBody()).get("id").asText();
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }

    /**
     * A request per operation of the API matrix, on existing ids. The operations that start a cycle get a valid body
     * (the engine decides there, after the path); the other changes get an invalid one, refused after authorization.
     */
    private void apiRequests(Map<String, String> ids) {
      String assessment = "/api/v1/assessments/" + ids.get("assessmentId");
      String product = "/api/v1/products/" + ids.get("productId");
      get("/api/v1/goals");
      get("/api/v1/goals/{goalId}", "/api/v1/goals/VS2020-1");
      get("/api/v1/goals/{id}/health", "/api/v1/goals/VS2020-1/health");
      request(HttpMethod.POST, "/api/v1/assessments", "/api/v1/assessments", write(assessmentContext()));
      get("/api/v1/assessments");
      get("/api/v1/assessments/{id}", assessment);
      request(HttpMethod.POST, "/api/v1/assessments/{id}/risks/{riskId}/information",
          assessment + "/risks/" + ids.get("riskId") + "/information", "{}");
      get("/api/v1/risks");
      get("/api/v1/risks/{id}/history", "/api/v1/risks/" + ids.get("riskId") + "/history");
      get("/api/v1/risks/heatmap");
      get("/api/v1/decisions");
      get("/api/v1/decisions/{id}", "/api/v1/decisions/" + ids.get("decisionId"));
      request(HttpMethod.POST, "/api/v1/requirements", "/api/v1/requirements", write(requirement()));
      get("/api/v1/requirements");
      get("/api/v1/requirements/{id}", "/api/v1/requirements/" + ids.get("requirementId"));
      get("/api/v1/products");
      get("/api/v1/products/{id}", product);
      request(HttpMethod.POST, "/api/v1/products/{id}/feedback", product + "/feedback", "{}");
      request(HttpMethod.POST, "/api/v1/webhooks", "/api/v1/webhooks", "{}");
      get("/api/v1/webhooks");
      get("/api/v1/webhooks/{id}", "/api/v1/webhooks/" + ids.get("subscriptionId"));
      request(HttpMethod.DELETE, "/api/v1/webhooks/{id}", "/api/v1/webhooks/" + ids.get("subscriptionToEndId"),
          null);
      get("/api/v1/webhooks/{id}/deliveries", "/api/v1/webhooks/" + ids.get("subscriptionId") + "/deliveries");
      get("/v3/api-docs");
      get("/actuator/health");
      get("/actuator/info");
      get("/actuator/metrics");
    }

    private void get(String path) {
      get(path, path);
    }

    private void get(String operationPath, String path) {
      request(HttpMethod.GET, operationPath, path, null);
    }

    private void request(HttpMethod method, String operationPath, String path, String body) {
      api.put(method.name() + " " + operationPath, new Request(method, path, body));
    }

    private Map<String, Object> assessmentContext() {
      return AssessmentRequests.context("Authorization matrix: an assessment started over the API");
    }

    private Map<String, Object> requirement() {
      Map<String, Object> requirement = new LinkedHashMap<>();
      requirement.put("requirementQuestion", "Which routes do couriers use at the Nogales land port?");
      requirement.put("requestedBy", "Authorization matrix");
      requirement.put("decisionSupported", "Where to place the two new scanners");
      requirement.put("priority", "ROUTINE");
      requirement.put("linkedGoals", List.of("VS2020-1.A"));
      requirement.put("linkedRisks", List.of());
      requirement.put("latestTimeOfValue", LocalDate.now().plusDays(30).toString());
      requirement.put("handlingCaveat", "TLP_AMBER");
      return requirement;
    }

    // -- driving the intelligence cycle --

    private ProcessInstance raisedBy(String planner) {
      intel.actAs(planner);
      try {
        return engine.getRuntimeService().startProcessInstanceByKey(IntelligenceCycleDriver.CYCLE,
            Variables.putValue("requirementQuestion", "Which routes do fentanyl couriers use at Nogales?"));
      } finally {
        intel.signOut();
      }
    }

    private ProcessInstance approved() {
      ProcessInstance cycle = intel.raise();
      intel.draft(cycle, intel.requirement().putValue("handlingCaveat", "TLP_CLEAR"));
      intel.approve(cycle);
      return cycle;
    }

    private ProcessInstance collected() {
      ProcessInstance cycle = approved();
      intel.planCollection(cycle, "DeConcini crossing officers");
      intel.collectAll(cycle);
      return cycle;
    }

    private ProcessInstance processed() {
      ProcessInstance cycle = collected();
      intel.process(cycle);
      return cycle;
    }

    private void produce(ProcessInstance cycle, String author, String caveat) {
      VariableMap product = intel.product(cycle, caveat);
      intel.complete(cycle.getId(), "Task_ProduceProduct", author, product);
    }

    /** Produced by the first analyst and accepted by the second, waiting for its release. */
    private ProcessInstance reviewed(String caveat) {
      ProcessInstance cycle = processed();
      produce(cycle, IntelligenceCycleDriver.ANALYST, caveat);
      intel.peerReview(cycle, intel.peerReview("ACCEPT"));
      return cycle;
    }

    // -- the rows --

    private void task(String row, ProcessInstance instance) {
      tasks.put(row, new TaskTarget(taskId(instance, taskIdOf(row)), Map.of(), null));
    }

    /** A row whose candidate group is the outcome of a decision table: checks that it came out as the row says. */
    private void task(String row, ProcessInstance instance, Role candidates) {
      task(row, instance);
      List<String> groups = engine.getTaskService().getIdentityLinksForTask(tasks.get(row).taskId()).stream()
          .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).map(IdentityLink::getGroupId).toList();
      assertThat(groups).as(row).containsExactly(candidates.groupId());
    }

    private void assigned(String row, ProcessInstance instance, String assignee) {
      tasks.put(row, new TaskTarget(taskId(instance, taskIdOf(row)), Map.of(), assignee));
    }

    private String taskId(ProcessInstance instance, String taskDefinitionKey) {
      Task task = risk.task(instance.getId(), taskDefinitionKey);
      assertThat(task).as(taskDefinitionKey + " of " + instance.getId()).isNotNull();
      return task.getId();
    }

    private void ensureUser(String userId, Role... roles) {
      IdentityService identity = engine.getIdentityService();
      if (identity.createUserQuery().userId(userId).count() > 0) {
        return;
      }
      User user = identity.newUser(userId);
      user.setPassword(userId);
      identity.saveUser(user);
      for (Role role : roles) {
        identity.createMembership(userId, role.groupId());
      }
    }
  }

}
