package org.riskcycle.benchmark;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Part 5: the packaged jar as a separate process, as shipped ({@code java -jar}, no JVM options), on a fresh H2 file
 * and on a fresh PostgreSQL: time from process start to {@code /actuator/health} UP (first start: Flyway creates the
 * schema), and resident memory when ready, and after a minute of API load at 8 clients.
 */
final class JarBenchmark {

  private final Benchmark benchmark;

  JarBenchmark(Benchmark benchmark) {
    this.benchmark = benchmark;
  }

  Map<String, Object> run() throws Exception {
    Map<String, Object> result = new LinkedHashMap<>();
    for (String kind : benchmark.databases) {
      try (Database database = Database.of(kind, "jar")) {
        Map<String, Object> starts = new LinkedHashMap<>();
        starts.put("first_start", start(database, kind, true));
        starts.put("restart", start(database, kind, false));
        result.put(kind, starts);
      }
    }
    result.put("target_ready_seconds", 15);
    return result;
  }

  private Map<String, Object> start(Database database, String kind, boolean load) throws Exception {
    int port = freePort();
    Path folder = Files.createDirectories(Path.of("target/benchmark/jar-" + kind).toAbsolutePath());
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-jar", jar().getAbsolutePath(), "--server.port=" + port));
    command.addAll(database.arguments());
    File logFile = folder.resolve("node-" + System.nanoTime() + ".log").toFile();
    long started = System.nanoTime();
    Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
        .redirectOutput(logFile).start();
    HttpClient client = HttpClient.newHttpClient();
    Map<String, Object> result = new LinkedHashMap<>();
    try {
      long deadline = started + Duration.ofSeconds(180).toNanos();
      while (true) {
        if (!process.isAlive() || System.nanoTime() > deadline) {
          throw new IllegalStateException("RiskCycle did not start, see " + logFile);
        }
        try {
          HttpResponse<String> health = client.send(HttpRequest.newBuilder(
              URI.create("http://localhost:" + port + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
          if (health.body().contains("UP")) {
            break;
          }
        } catch (IOException e) {
          // not listening yet
        }
        Thread.sleep(100);
      }
      result.put("ready_seconds", Stats.round((System.nanoTime() - started) / 1e9));
      String startedLine = Files.readAllLines(logFile.toPath()).stream()
          .filter(line -> line.contains("Started RiskCycleApplication in")).findFirst().orElse("");
      result.put("spring_started_line", startedLine.replaceAll(".*(Started RiskCycleApplication in [^)]*\\)).*",
          "$1"));
      Thread.sleep(5_000);
      result.put("rss_mb_after_start", Machine.residentMegabytes(process.pid()));
      if (load) {
        Http http = new Http(port);
        AtomicInteger n = new AtomicInteger();
        Duration duration = Duration.ofSeconds(benchmark.scaled(60, 15));
        Map<String, Object> loadResult = Benchmark.load(8, duration, () -> {
          int i = n.incrementAndGet();
          HttpResponse<String> response = i % 2 == 0
              ? http.post("integrator", "/api/v1/assessments", Benchmark.assessmentRequest("Jar load " + i))
              : http.get("auditor", "/api/v1/assessments");
          return response.statusCode() / 100 == 2;
        });
        result.put("load", loadResult);
        result.put("rss_mb_after_load", Machine.residentMegabytes(process.pid()));
      }
    } finally {
      process.destroy();
      if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
    return result;
  }

  private static File jar() {
    File[] jars = new File("target").getAbsoluteFile().listFiles((dir, name) -> name.matches("riskcycle-.*\\.jar")
        && !name.endsWith("-plain.jar"));
    if (jars == null || jars.length == 0) {
      throw new IllegalStateException("No packaged jar in target/: run through ./mvnw -Pbenchmark verify");
    }
    return jars[0];
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
