package org.riskcycle.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * RiskCycle against the raw engine, on an H2 file and on PostgreSQL (docs/performance.md). Not a test: run with
 * {@code ./mvnw -Pbenchmark verify} (add {@code -Dbenchmark.quick=true} for a short run). Writes
 * {@code target/benchmark/results.json} and {@code target/benchmark/results.md}.
 *
 * <p>System properties: {@code benchmark.quick} (smaller sizes and durations), {@code benchmark.parts} (comma
 * separated, default {@code cycles,api,scale,cluster,jar}), {@code benchmark.databases} (default
 * {@code h2,postgresql}).
 */
public final class Benchmark {

  static final Logger log = LoggerFactory.getLogger(Benchmark.class);
  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  final boolean quick = Boolean.getBoolean("benchmark.quick");
  final List<String> parts = List.of(System.getProperty("benchmark.parts", "cycles,api,scale,cluster,jar")
      .split(","));
  final List<String> databases = List.of(System.getProperty("benchmark.databases", "h2,postgresql").split(","));
  final Map<String, Object> results = new LinkedHashMap<>();

  public static void main(String[] args) throws Exception {
    int status = 0;
    try {
      new Benchmark().run();
    } catch (Throwable e) {
      log.error("Benchmark failed", e);
      status = 1;
    }
    System.exit(status);
  }

  void run() throws Exception {
    Instant started = Instant.now();
    results.put("started", started.toString());
    results.put("quick", quick);
    results.put("node_arguments", System.getProperty("benchmark.args", ""));
    results.put("machine", Machine.describe());
    Map<String, Object> byDatabase = new LinkedHashMap<>();
    results.put("databases", byDatabase);
    for (String kind : databases) {
      Map<String, Object> parts = new LinkedHashMap<>();
      byDatabase.put(kind, parts);
      if (this.parts.contains("cycles") || this.parts.contains("api")) {
        try (Database database = Database.of(kind, "cycles");
            Node node = Node.start(database, "--camunda.bpm.job-execution.enabled=false")) {
          Cycles.deployRaw(node.engine);
          if (this.parts.contains("cycles")) {
            parts.put("cycles", phase("cycles " + kind, () -> new CycleBenchmark(this, node, database).run()));
            write();
          }
          if (this.parts.contains("api")) {
            parts.put("api", phase("api " + kind, () -> new ApiBenchmark(this, node).run()));
            write();
          }
        }
      }
      if (this.parts.contains("scale")) {
        try (Database database = Database.of(kind, "scale");
            Node node = Node.start(database, "--camunda.bpm.job-execution.enabled=false")) {
          parts.put("scale", phase("scale " + kind, () -> new ScaleBenchmark(this, node, database).run()));
          write();
        }
      }
    }
    if (parts.contains("cluster")) {
      results.put("cluster", phase("cluster postgresql", () -> new ClusterBenchmark(this).run()));
      write();
    }
    if (parts.contains("jar")) {
      results.put("jar", phase("jar", () -> new JarBenchmark(this).run()));
      write();
    }
    results.put("finished", Instant.now().toString());
    results.put("minutes", Math.round(Duration.between(started, Instant.now()).toSeconds() / 6.0) / 10.0);
    write();
    log.info("Results in target/benchmark/results.json and results.md ({} min)", results.get("minutes"));
  }

  interface Part {
    Map<String, Object> run() throws Exception;
  }

  /** Runs a part, with its duration and the machine's load (this VM may be shared) before and after. */
  Map<String, Object> phase(String name, Part part) throws Exception {
    log.info("== {}", name);
    double loadBefore = Machine.loadAverage();
    long start = System.nanoTime();
    Map<String, Object> result = part.run();
    result.put("seconds", Math.round((System.nanoTime() - start) / 1e8) / 10.0);
    result.put("load_average_before_after", List.of(loadBefore, Machine.loadAverage()));
    log.info("== {} done: {}", name, JSON.writeValueAsString(result).replaceAll("\\s+", " "));
    return result;
  }

  void write() throws IOException {
    Path folder = Files.createDirectories(Path.of("target/benchmark"));
    Files.writeString(folder.resolve("results.json"), JSON.writeValueAsString(results));
    Files.writeString(folder.resolve("results.md"), Report.markdown(JSON.valueToTree(results)));
  }

  int scaled(int full, int quick) {
    return this.quick ? quick : full;
  }

  /** Process CPU time of this JVM in nanoseconds (the H2 database runs inside it). */
  static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** A valid assessment start, as an integrator's system sends it. */
  static String assessmentRequest(String title) throws IOException {
    LocalDate today = LocalDate.now();
    return JSON.writeValueAsString(Map.of("title", title, "scope", "Benchmark scope: synthetic opioids at the"
            + " southwest land ports of entry.", "domains", List.of("LAND"),
        "locations", List.of("AT_PORTS_OF_ENTRY", "BETWEEN_PORTS_OF_ENTRY"), "decisionLevel", "OPERATIONAL",
        "orientation", "EXTERNAL", "goalsAtStake", List.of("VS2020-1", "VS2020-1.A"), "riskTolerance", "MODERATE",
        "decisionDeadline", today.plusDays(30).toString(), "reviewHorizon", today.plusDays(365).toString()));
  }

  /** The identification of one risk, as Tasklist submits the form (the list as a Json variable). */
  static String identification(String title) throws IOException {
    return JSON.writeValueAsString(Map.of("variables", Map.of("risks", Map.of("type", "Json",
        "value", JSON.writeValueAsString(List.of(Map.of("title", title, "description", "Couriers conceal it.",
            "threatCategory", "NARCOTICS_AND_OPIOIDS", "threatenedObjectives", List.of("VS2020-1.A"),
            "source", "Intelligence product IP-2026-0042")))))));
  }

  /**
   * {@code clients} threads call {@code operation} until {@code duration} has passed or it returns false (no work
   * left); returns throughput and latency percentiles.
   */
  static Map<String, Object> load(int clients, Duration duration, Operation operation) throws Exception {
    Stats stats = new Stats();
    AtomicBoolean running = new AtomicBoolean(true);
    CountDownLatch done = new CountDownLatch(clients);
    List<Throwable> failures = new ArrayList<>();
    long start = System.nanoTime();
    long deadline = start + duration.toNanos();
    for (int i = 0; i < clients; i++) {
      Thread thread = new Thread(() -> {
        try {
          while (running.get() && System.nanoTime() < deadline) {
            long t = System.nanoTime();
            Boolean ok = operation.call();
            if (ok == null) {
              break;
            }
            if (ok) {
              stats.add(System.nanoTime() - t);
            } else {
              stats.error();
            }
          }
        } catch (Throwable e) {
          synchronized (failures) {
            failures.add(e);
          }
        } finally {
          done.countDown();
        }
      }, "benchmark-client-" + i);
      thread.start();
    }
    done.await();
    double seconds = (System.nanoTime() - start) / 1e9;
    if (!failures.isEmpty()) {
      throw new IllegalStateException("A client failed", failures.get(0));
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("clients", clients);
    result.put("per_second", Stats.round(stats.count() / seconds));
    result.putAll(stats.summary());
    return result;
  }

  /** One call: true when answered as expected, false for another answer, null when there is no work left. */
  interface Operation {
    Boolean call() throws Exception;
  }

  static String id(HttpResponse<String> response) throws IOException {
    JsonNode body = JSON.readTree(response.body());
    return body.get("id").asText();
  }

  static List<String> openTaskIds(Node node, String processInstanceId) {
    return node.engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).list().stream()
        .map(Task::getId).toList();
  }

  static DataSource dataSource(Node node) {
    return node.bean(DataSource.class);
  }

  static ConcurrentLinkedQueue<String> queue(List<String> items) {
    return new ConcurrentLinkedQueue<>(items);
  }
}
