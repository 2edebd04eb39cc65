package org.riskcycle.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * RiskCycle killed with SIGKILL in the middle of work, five times, on an H2 file and on PostgreSQL: every operation it
 * acknowledged (2xx) is there after the restart, and every instance is consistent: no register row without its task
 * completion, no completion without its register rows. Runs the packaged jar as a separate process.
 */
class DurabilityIT {

  private static final int KILLS = 5;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  /** What the load saw acknowledged: started assessments, and those whose risks were identified and assessed. */
  private final Set<String> started = ConcurrentHashMap.newKeySet();
  private final Set<String> identified = ConcurrentHashMap.newKeySet();
  private final Set<String> assessed = ConcurrentHashMap.newKeySet();
  /** Answers other than the expected success: none may be a server error. */
  private final Map<String, Integer> unexpected = new ConcurrentHashMap<>();

  /** On the default database, as shipped: the H2 file {@code ./data/riskcycle} under the node's folder. */
  @Test
  void acknowledgedWorkSurvivesKillsOnAnH2File() throws Exception {
    Path folder = Files.createDirectories(Path.of("target/durability/h2-" + System.nanoTime()).toAbsolutePath());
    survivesKills(folder, List.of(), "jdbc:h2:file:" + folder.resolve("data/riskcycle"), "sa", "");
  }

  @Test
  void acknowledgedWorkSurvivesKillsOnPostgreSql() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
      survivesKills(Files.createDirectories(Path.of("target/durability/postgres-" + System.nanoTime())
          .toAbsolutePath()), List.of("--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
          "--spring.datasource.password=postgres"), url, "postgres", "postgres");
    }
  }

  private void survivesKills(Path folder, List<String> database, String jdbcUrl, String user, String password)
      throws Exception {
    int port = freePort();
    for (int kill = 1; kill <= KILLS; kill++) {
      Process node = start(folder, database, port);
      AtomicBoolean running = new AtomicBoolean(true);
      Thread load = new Thread(() -> load(port, running), "durability-load");
      int assessedBefore = assessed.size();
      load.start();
      // killed in the middle of work, once the node has acknowledged some of every kind, however slow the machine
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (assessed.size() == assessedBefore && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      Thread.sleep(ThreadLocalRandom.current().nextLong(0, 2000));
      node.destroyForcibly().waitFor();
      running.set(false);
      load.join(10_000);
    }
    Process node = start(folder, database, port);
    try {
      for (String id : started) {
        assertThat(get(port, "/api/v1/assessments/" + id).statusCode()).as("acknowledged assessment " + id)
            .isEqualTo(200);
      }
    } finally {
      // an H2 file opens in one process at a time: the register is read after the last node
      node.destroyForcibly().waitFor();
    }
    try (Connection db = DriverManager.getConnection(jdbcUrl, user, password)) {
      for (String id : identified) {
        assertThat(count(db, "select count(*) from risk where assessment_id = ?", id)).as("risks of " + id)
            .isPositive();
      }
      for (String id : assessed) {
        assertThat(count(db, "select count(*) from risk_score s join risk r on r.id = s.risk_id"
            + " where r.assessment_id = ?", id)).as("score of " + id).isPositive();
      }
      consistent(db);
    }
    System.out.println("Durability on " + jdbcUrl.split(":")[1] + ": " + KILLS + " kills; acknowledged "
        + started.size() + " starts, " + identified.size() + " identifications, " + assessed.size()
        + " assessments, all present and consistent; other answers " + unexpected);
    assertThat(started).as("work acknowledged between kills").hasSizeGreaterThan(KILLS);
    assertThat(assessed).as("assessments acknowledged between kills").hasSizeGreaterThanOrEqualTo(KILLS);
    assertThat(unexpected.keySet()).as("answers other than success").allSatisfy(answer ->
        assertThat(answer).doesNotContainPattern("^\\S+ 5\\d\\d "));
  }

  /** Register rows and task completions go together, whatever was acknowledged. */
  private static void consistent(Connection db) throws Exception {
    // an assessment with risks has completed its identification, and one that completed it has risks
    assertThat(count(db, """
        select count(*) from risk_assessment a where exists (select 1 from risk r where r.assessment_id = a.id)
          and exists (select 1 from act_ru_task t where t.proc_inst_id_ = a.process_instance_id
            and t.task_def_key_ = 'Task_IdentifyRisks')""")).as("risks without the identification completed")
        .isZero();
    assertThat(count(db, """
        select count(*) from act_hi_taskinst t join risk_assessment a on a.process_instance_id = t.proc_inst_id_
        where t.task_def_key_ = 'Task_IdentifyRisks' and t.end_time_ is not null and t.delete_reason_ = 'completed'
          and not exists (select 1 from risk r where r.assessment_id = a.id)""")).as("identification without risks")
        .isZero();
    // a risk with a score has completed its assessment, and one that completed it has a score
    assertThat(count(db, """
        select count(*) from act_hi_taskinst t join risk r on r.id = (
          select business_key_ from act_hi_procinst p where p.id_ = t.proc_inst_id_)
        where t.task_def_key_ = 'Task_AssessRisk' and t.end_time_ is not null and t.delete_reason_ = 'completed'
          and not exists (select 1 from risk_score s where s.risk_id = r.id)""")).as("assessment without score")
        .isZero();
    assertThat(count(db, """
        select count(*) from risk_score s join risk r on r.id = s.risk_id where not exists (
          select 1 from act_hi_taskinst t join act_hi_procinst p on p.id_ = t.proc_inst_id_
          where p.business_key_ = r.id and t.task_def_key_ = 'Task_AssessRisk' and t.end_time_ is not null)"""))
        .as("score without its assessment completed").isZero();
  }

  /** Starts assessments, identifies a risk and assesses it, recording what the server acknowledged. */
  private void load(int port, AtomicBoolean running) {
    while (running.get()) {
      try {
        HttpResponse<String> created = post(port, "/api/v1/assessments", "integrator", JSON.writeValueAsString(
            Map.of("title", "Durability " + System.nanoTime(), "scope", "Killed and restarted.",
                "domains", List.of("LAND"), "locations", List.of("AT_PORTS_OF_ENTRY"),
                "decisionLevel", "OPERATIONAL", "orientation", "EXTERNAL", "goalsAtStake", List.of("VS2020-1", "VS2020-1.A"),
                "riskTolerance", "MODERATE", "decisionDeadline", LocalDate.now().plusDays(30).toString(),
                "reviewHorizon", LocalDate.now().plusDays(365).toString())));
        if (created.statusCode() != 201) {
          unexpected.merge("start " + created.statusCode() + " " + created.body(), 1, Integer::sum);
          continue;
        }
        String id = JSON.readTree(created.body()).get("id").asText();
        started.add(id);
        if (complete(port, id, "Task_IdentifyRisks", "planner", Map.of("risks", Map.of("type", "Json",
            "value", JSON.writeValueAsString(List.of(Map.of("title", "Killed risk", "description", "Durable?",
                "threatCategory", "NARCOTICS_AND_OPIOIDS", "threatenedObjectives", List.of("VS2020-1.A")))))))) {
          identified.add(id);
          if (complete(port, id, "Task_AssessRisk", "analyst", Map.of("likelihood", Map.of("value", "LOW"),
              "impact", Map.of("value", "LOW"), "vulnerability", Map.of("value", "Some"),
              "consequence", Map.of("value", "Little"), "confidence", Map.of("value", "HIGH"),
              "rationale", Map.of("value", "Killed at will")))) {
            assessed.add(id);
          }
        }
      } catch (IOException | InterruptedException e) {
        // the node died under the request: unacknowledged, so nothing is expected of it
      }
    }
  }

  private boolean complete(int port, String assessmentId, String taskKey, String user, Map<String, Object> variables)
      throws IOException, InterruptedException {
    JsonNode assessment = JSON.readTree(get(port, "/api/v1/assessments/" + assessmentId).body());
    for (JsonNode task : assessment.path("openTasks")) {
      if (task.get("taskDefinitionKey").asText().equals(taskKey)) {
        HttpResponse<String> completed = post(port, "/engine-rest/task/" + task.get("id").asText() + "/complete",
            user, JSON.writeValueAsString(Map.of("variables", variables)));
        if (completed.statusCode() != 204) {
          unexpected.merge(taskKey + " " + completed.statusCode() + " " + completed.body(), 1, Integer::sum);
        }
        return completed.statusCode() == 204;
      }
    }
    return false;
  }

  private Process start(Path folder, List<String> database, int port) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-Xmx512m", "-jar", jar().getAbsolutePath(), "--server.port=" + port));
    command.addAll(database);
    File log = folder.resolve("node-" + System.nanoTime() + ".log").toFile();
    Process node = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
        .redirectOutput(log).start();
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (System.nanoTime() < deadline) {
      assertThat(node.isAlive()).as("RiskCycle running, see " + log).isTrue();
      try {
        if (http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
            HttpResponse.BodyHandlers.ofString()).body().contains("UP")) {
          return node;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    node.destroyForcibly();
    throw new AssertionError("RiskCycle not ready within 120 s, see " + log);
  }

  private static File jar() {
    File[] jars = new File("target").getAbsoluteFile().listFiles((dir, name) -> name.matches("riskcycle-.*\\.jar")
        && !name.endsWith("-plain.jar"));
    assertThat(jars).as("the packaged jar (run through mvn verify)").isNotEmpty();
    return jars[0];
  }

  private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
    return http.send(request(port, path, "integrator").GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(int port, String path, String user, String body)
      throws IOException, InterruptedException {
    return http.send(request(port, path, user).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest.Builder request(int port, String path, String user) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(10))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
  }

  private static long count(Connection db, String sql, Object... params) throws Exception {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        statement.setObject(i + 1, params[i]);
      }
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
