package org.riskcycle.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.Test;
import org.riskcycle.RiskCycleTest;
import org.riskcycle.access.Role;
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
 * Bad input, generated: for every user task (completed over {@code /engine-rest}, as any client may) and every API
 * operation that takes a body, each required field missing, each field of the wrong type, a 1 MB string, codes and
 * ids replaced by expression text or markup, Java-serialized and file variables, JSON nested too deep, invalid UTF-8.
 * Every case must get a clean 4xx with a message, never a 5xx, and write nothing: the task stays open and no
 * register table changes.
 */
@RiskCycleTest
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class BadInputTest {

  private static final String MEGABYTE = "x".repeat(1024 * 1024 + 10);
  private static final List<String> EXPRESSIONS = List.of("${execution.setVariable('pwned', true)}",
      "#{runtimeService.deleteProcessInstance(execution.processInstanceId, 'x')}",
      "<script>alert('x')</script>");
  // a java.util.ArrayList, serialized
  private static final String SERIALIZED =
      "rO0ABXNyABNqYXZhLnV0aWwuQXJyYXlMaXN0eIHSHZnHYZ0DAAFJAARzaXpleHAAAAAAdwQAAAAAeA==";
  private static final List<String> REGISTER_TABLES = List.of("risk_assessment", "assessment_iteration", "risk",
      "risk_score", "risk_alternative", "risk_decision", "risk_implementation", "risk_review", "risk_information",
      "intel_requirement", "intel_requirement_review", "intel_collection_task", "intel_collection_result",
      "intel_processing", "intel_product_version", "intel_peer_review", "intel_release", "intel_feedback",
      "webhook_subscription", "api_idempotency_key");

  @Autowired
  TestRestTemplate http;

  @Autowired
  ObjectMapper json;

  @Autowired
  ProcessEngine engine;

  @Autowired
  JdbcClient db;

  private int cases;

  /** A user task, who may complete it, and a valid completion split into required, code and other fields. */
  private record TaskCase(Task task, String user, Map<String, Object> valid, Set<String> required,
      Set<String> codes) {
  }

  @Test
  void everyBadTaskCompletionIsRefusedCleanlyAndWritesNothing() throws Exception {
    List<TaskCase> tasks = tasks();
    Map<String, Long> before = registerCounts();
    for (TaskCase task : tasks) {
      for (Map<String, Object> variables : mutations(task.valid(), task.required(), task.codes())) {
        assertRefused(completeOverRest(task, variables), task.task().getTaskDefinitionKey() + " " + variables
            .keySet());
      }
      for (String field : task.required()) {
        assertRefused(completeOverRest(task, with(task.valid(), field, objectVariable())),
            task.task().getTaskDefinitionKey() + " Java-serialized " + field);
        assertRefused(completeOverRest(task, with(task.valid(), field, fileVariable())),
            task.task().getTaskDefinitionKey() + " file " + field);
      }
      assertRefused(rawCompletion(task, nested(5000)), task.task().getTaskDefinitionKey() + " nested JSON");
      assertRefused(rawCompletion(task, invalidUtf8()), task.task().getTaskDefinitionKey() + " invalid UTF-8");
      assertThat(engine.getTaskService().createTaskQuery().taskId(task.task().getId()).count())
          .as(task.task().getTaskDefinitionKey() + " still open").isOne();
    }
    assertThat(registerCounts()).as("register rows").isEqualTo(before);
    assertThat(engine.getRuntimeService().createVariableInstanceQuery().variableName("pwned").count()).isZero();
    System.out.println("Bad input: " + cases + " task completions over /engine-rest refused cleanly, "
        + tasks.size() + " task types");
    assertThat(cases).isGreaterThanOrEqualTo(200);
  }

  @Test
  void everyBadApiRequestIsRefusedCleanlyAndWritesNothing() throws Exception {
    Map<String, Long> before = registerCounts();
    Map<String, Object> assessment = AssessmentRequests.context("Bad input");
    apiCases("/api/v1/assessments", "integrator", assessment, assessment.keySet(),
        Set.of("domains", "locations", "decisionLevel", "orientation", "goalsAtStake", "riskTolerance",
            "decisionDeadline", "reviewHorizon"));

    Map<String, Object> requirement = new LinkedHashMap<>();
    requirement.put("requirementQuestion", "Which routes?");
    requirement.put("requestedBy", "Field Office Tucson");
    requirement.put("decisionSupported", "Scanner placement");
    requirement.put("priority", "ROUTINE");
    requirement.put("linkedGoals", List.of("VS2020-1"));
    requirement.put("latestTimeOfValue", LocalDate.now().plusDays(30).toString());
    requirement.put("handlingCaveat", "TLP_AMBER");
    apiCases("/api/v1/requirements", "integrator", requirement, requirement.keySet(),
        Set.of("priority", "linkedGoals", "latestTimeOfValue", "handlingCaveat"));

    Map<String, Object> webhook = new LinkedHashMap<>();
    webhook.put("url", "https://example.org/hooks");
    webhook.put("events", List.of("risk.decided"));
    apiCases("/api/v1/webhooks", "integrator", webhook, webhook.keySet(), Set.of("url", "events"));

    for (String query : List.of("level=SEVERE", "size=0", "size=101", "page=-1", "status=MAYBE", "step=7")) {
      assertApiRefused(send("auditor", HttpMethod.GET, "/api/v1/assessments?" + query, null), "assessments " + query);
    }
    for (String query : List.of("from=yesterday", "to=2026-13-01", "size=1000")) {
      assertApiRefused(send("auditor", HttpMethod.GET, "/api/v1/decisions?" + query, null), "decisions " + query);
    }
    assertThat(registerCounts()).as("register rows").isEqualTo(before);
    System.out.println("Bad input: " + cases + " API requests refused cleanly");
    assertThat(cases).isGreaterThanOrEqualTo(60);
  }

  private void apiCases(String path, String user, Map<String, Object> valid, Set<String> required,
      Set<String> codes) {
    for (Map<String, Object> body : mutations(valid, required, codes)) {
      assertApiRefused(send(user, HttpMethod.POST, path, body), path + " " + body.keySet());
    }
    assertApiRefused(sendRaw(user, path, nested(5000)), path + " nested JSON");
    assertApiRefused(sendRaw(user, path, invalidUtf8()), path + " invalid UTF-8");
    assertApiRefused(sendRaw(user, path, "{\"title\": ".getBytes(StandardCharsets.UTF_8)), path + " truncated");
  }

  /** Each required field missing, each field of the wrong type and 1 MB long, each code or id as expression text. */
  private List<Map<String, Object>> mutations(Map<String, Object> valid, Set<String> required, Set<String> codes) {
    List<Map<String, Object>> mutations = new ArrayList<>();
    for (String field : valid.keySet()) {
      if (required.contains(field)) {
        Map<String, Object> missing = new LinkedHashMap<>(valid);
        missing.remove(field);
        mutations.add(missing);
      }
      Object value = valid.get(field);
      mutations.add(with(valid, field, value instanceof Number ? "lots" : (Object) 42));
      if (!(value instanceof Number)) {
        mutations.add(with(valid, field, MEGABYTE));
      }
      if (codes.contains(field)) {
        for (String expression : EXPRESSIONS) {
          mutations.add(with(valid, field, value instanceof List ? List.of(expression) : expression));
        }
      }
    }
    return mutations;
  }

  private List<TaskCase> tasks() {
    IntelligenceCycleDriver cycle = new IntelligenceCycleDriver(engine, db);
    List<TaskCase> tasks = new ArrayList<>();
    ProcessInstance context = cycle.startAssessment();
    tasks.add(taskCase(context, "Task_DefineContext", Role.PLANNERS.demoUserId(), cycle.context(),
        Set.of("title", "scope", "domains", "locations", "decisionLevel", "orientation", "goalsAtStake",
            "riskTolerance", "decisionDeadline", "reviewHorizon"),
        Set.of("domains", "locations", "decisionLevel", "orientation", "goalsAtStake", "riskTolerance",
            "decisionDeadline", "reviewHorizon")));
    ProcessInstance identify = cycle.startAssessment();
    cycle.defineContext(identify, cycle.context());
    tasks.add(taskCase(identify, "Task_IdentifyRisks", Role.PLANNERS.demoUserId(),
        cycle.risks(List.of(cycle.risk("Bad input risk"))), Set.of("risks"), Set.of("risks")));
    ProcessInstance assess = cycle.assessmentWithRisks("Bad input: assess").get(0);
    tasks.add(taskCase(assess, "Task_AssessRisk", Role.RISK_ANALYSTS.demoUserId(),
        cycle.assessment("HIGH", "HIGH"), Set.of("likelihood", "impact", "vulnerability", "consequence",
            "confidence", "rationale"), Set.of("likelihood", "impact", "confidence")));
    ProcessInstance develop = cycle.assessmentWithRisks("Bad input: develop").get(0);
    cycle.assess(develop, cycle.assessment("HIGH", "HIGH"));
    tasks.add(taskCase(develop, "Task_DevelopAlternatives", Role.PLANNERS.demoUserId(), cycle.alternatives(),
        Set.of("alternatives"), Set.of("alternatives")));
    ProcessInstance decide = cycle.assessmentWithRisks("Bad input: decide").get(0);
    cycle.assess(decide, cycle.assessment("HIGH", "HIGH"));
    cycle.developAlternatives(decide, Role.PLANNERS.demoUserId(), cycle.alternatives());
    tasks.add(taskCase(decide, "Task_DecideTreatment", Role.EXECUTIVES.demoUserId(),
        cycle.choice(cycle.alternativeId(decide, "CONTROL")),
        Set.of("decisionOutcome", "chosenAlternativeId", "implementationDue", "decisionRationale"),
        Set.of("decisionOutcome", "chosenAlternativeId", "implementationDue")));

    ProcessInstance draft = cycle.raise();
    tasks.add(taskCase(draft, "Task_DraftRequirement", IntelligenceCycleDriver.PLANNER,
        with(cycle.requirement(), "draftOutcome", "SUBMIT"), Set.of("requirementQuestion", "requestedBy",
            "decisionSupported", "priority", "linkedGoals", "latestTimeOfValue", "handlingCaveat", "draftOutcome"),
        Set.of("priority", "linkedGoals", "latestTimeOfValue", "handlingCaveat", "draftOutcome")));
    ProcessInstance plan = cycle.raise();
    cycle.draft(plan, cycle.requirement());
    cycle.approve(plan);
    Map<String, Object> assets = new LinkedHashMap<>();
    assets.put("collectionAssets", IntelligenceCycleDriver.json(List.of(cycle.asset("Officers",
        LocalDate.now().plusDays(5)))));
    tasks.add(taskCase(plan, "Task_PlanCollection", IntelligenceCycleDriver.COLLECTOR, assets,
        Set.of("collectionAssets"), Set.of("collectionAssets")));
    ProcessInstance produced = cycle.producedCycle("TLP_AMBER");
    tasks.add(taskCase(produced, "Task_PeerReviewProduct", IntelligenceCycleDriver.SECOND_ANALYST,
        cycle.peerReview("ACCEPT"), Set.of("tcSources", "tcAccuracy", "peerReviewOutcome"),
        Set.of("tcSources", "tcUncertainties", "tcAccuracy", "tcVisuals", "peerReviewOutcome")));
    ProcessInstance release = cycle.producedCycle("TLP_AMBER");
    cycle.peerReview(release, cycle.peerReview("ACCEPT"));
    tasks.add(taskCase(release, "Task_ReleaseProduct", IntelligenceCycleDriver.RELEASE_OFFICER,
        cycle.release("partner-federal"), Set.of("releaseOutcome", "recipientGroups", "needToKnow"),
        Set.of("releaseOutcome", "recipientGroups")));
    return tasks;
  }

  private TaskCase taskCase(ProcessInstance instance, String taskKey, String user, Map<String, Object> valid,
      Set<String> required, Set<String> codes) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(taskKey).singleResult();
    assertThat(task).as(taskKey).isNotNull();
    Map<String, Object> plain = new LinkedHashMap<>();
    valid.forEach((name, value) -> plain.put(name, value instanceof TypedValue typed ? parse(typed) : value));
    return new TaskCase(task, user, plain, required, codes);
  }

  private Object parse(TypedValue typed) {
    try {
      return json.readValue(String.valueOf(typed.getValue()), Object.class);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private ResponseEntity<String> completeOverRest(TaskCase task, Map<String, Object> variables) throws Exception {
    Map<String, Object> rest = new LinkedHashMap<>();
    variables.forEach((name, value) -> rest.put(name, restVariable(value)));
    return http.withBasicAuth(task.user(), task.user()).exchange("/engine-rest/task/" + task.task().getId()
        + "/complete", HttpMethod.POST, new HttpEntity<>(json.writeValueAsString(Map.of("variables", rest)),
            jsonHeaders()), String.class);
  }

  private ResponseEntity<String> rawCompletion(TaskCase task, byte[] body) {
    return http.withBasicAuth(task.user(), task.user()).exchange("/engine-rest/task/" + task.task().getId()
        + "/complete", HttpMethod.POST, new HttpEntity<>(body, jsonHeaders()), String.class);
  }

  private Object restVariable(Object value) {
    if (value instanceof Map<?, ?> map && map.containsKey("valueInfo")) {
      return value;
    }
    if (value instanceof String text) {
      return Map.of("value", text, "type", "String");
    }
    if (value instanceof Integer number) {
      return Map.of("value", number, "type", "Integer");
    }
    if (value instanceof Number number) {
      return Map.of("value", number, "type", "Double");
    }
    if (value instanceof Boolean flag) {
      return Map.of("value", flag, "type", "Boolean");
    }
    try {
      return Map.of("value", json.writeValueAsString(value), "type", "Json");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Object> objectVariable() {
    return Map.of("value", SERIALIZED, "type", "Object", "valueInfo", Map.of("objectTypeName",
        "java.util.ArrayList", "serializationDataFormat", "application/x-java-serialized-object"));
  }

  private static Map<String, Object> fileVariable() {
    return Map.of("value", "aGVsbG8=", "type", "File", "valueInfo", Map.of("filename", "hello.txt",
        "mimeType", "text/plain"));
  }

  private static byte[] nested(int depth) {
    return ("{\"variables\": " + "[".repeat(depth) + "]".repeat(depth) + "}").getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] invalidUtf8() {
    byte[] prefix = "{\"title\": \"".getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[prefix.length + 4];
    System.arraycopy(prefix, 0, body, 0, prefix.length);
    body[prefix.length] = (byte) 0xC3;
    body[prefix.length + 1] = (byte) 0x28;
    body[prefix.length + 2] = '"';
    body[prefix.length + 3] = '}';
    return body;
  }

  private void assertRefused(ResponseEntity<String> response, String what) {
    cases++;
    assertThat(response.getStatusCode().value()).as(what + ": " + response.getBody()).isBetween(400, 499);
    assertThat(response.getBody()).as(what).isNotBlank();
    assertThat(response.getBody()).as(what + " reveals no stack trace").doesNotContain("\tat ", "Exception:");
  }

  private void assertApiRefused(ResponseEntity<String> response, String what) {
    assertRefused(response, what);
    assertThat(response.getHeaders().getContentType()).as(what).hasToString("application/problem+json");
  }

  private ResponseEntity<String> send(String user, HttpMethod method, String path, Object body) {
    try {
      return http.withBasicAuth(user, user).exchange(path, method,
          new HttpEntity<>(body == null ? null : json.writeValueAsString(body), jsonHeaders()), String.class);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private ResponseEntity<String> sendRaw(String user, String path, byte[] body) {
    return http.withBasicAuth(user, user).exchange(path, HttpMethod.POST, new HttpEntity<>(body, jsonHeaders()),
        String.class);
  }

  private static Map<String, Object> with(Map<String, Object> values, String name, Object value) {
    Map<String, Object> changed = new LinkedHashMap<>(values);
    changed.put(name, value);
    return changed;
  }

  private Map<String, Long> registerCounts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : REGISTER_TABLES) {
      counts.put(table, db.sql("select count(*) from " + table).query(Long.class).single());
    }
    return counts;
  }

  private static HttpHeaders jsonHeaders() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return headers;
  }
}
