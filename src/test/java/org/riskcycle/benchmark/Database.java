package org.riskcycle.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A fresh database for one part of the benchmark: an H2 file under {@code target/benchmark/} with the URL settings
 * RiskCycle ships ({@code WRITE_DELAY=0}: every commit is written before it is acknowledged), or an embedded
 * PostgreSQL 16 with {@code synchronous_commit=on} (zonky turns it off by default; production keeps it on).
 */
final class Database implements AutoCloseable {

  /** Where PostgreSQL writes its log, with the plans of slow statements, when {@code benchmark.explain} is on. */
  static final String EXPLAIN_LOG = "target/benchmark/postgresql-log";

  final String kind;
  final String url;
  final String user;
  final String password;
  private final EmbeddedPostgres postgres;
  private final Path folder;

  private Database(String kind, String url, String user, String password, EmbeddedPostgres postgres, Path folder) {
    this.kind = kind;
    this.url = url;
    this.user = user;
    this.password = password;
    this.postgres = postgres;
    this.folder = folder;
  }

  static Database h2(String name) throws IOException {
    Path folder = Files.createDirectories(Path.of("target/benchmark/data/" + name + "-" + System.nanoTime())
        .toAbsolutePath());
    return new Database("h2", "jdbc:h2:file:" + folder.resolve("riskcycle") + ";AUTO_SERVER=FALSE;WRITE_DELAY=0",
        "sa", "", null, folder);
  }

  static Database postgres() throws IOException {
    EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "on");
    if (Boolean.getBoolean("benchmark.explain")) {
      // the plan of every statement over 100 ms, as run, into a log file: how a slow query is examined
      builder.setServerConfig("logging_collector", "on")
          .setServerConfig("log_directory", Files.createDirectories(Path.of(EXPLAIN_LOG)).toAbsolutePath().toString())
          .setServerConfig("log_filename", "postgresql-%H%M%S.log")
          .setServerConfig("shared_preload_libraries", "auto_explain")
          .setServerConfig("auto_explain.log_min_duration", "100")
          .setServerConfig("auto_explain.log_analyze", "on")
          .setServerConfig("auto_explain.log_buffers", "on");
    }
    EmbeddedPostgres postgres = builder.start();
    return new Database("postgresql", "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
        "postgres", "postgres", postgres, null);
  }

  static Database of(String kind, String name) throws IOException {
    return kind.equals("h2") ? h2(name) : postgres();
  }

  boolean isH2() {
    return kind.equals("h2");
  }

  /** Spring Boot arguments that point RiskCycle at this database. */
  List<String> arguments() {
    List<String> arguments = new ArrayList<>(List.of("--spring.datasource.url=" + url,
        "--spring.datasource.username=" + user, "--spring.datasource.password=" + password));
    if (!isH2()) {
      // the settings production runs PostgreSQL with (application-postgres.yaml), this server's address
      arguments.add("--spring.profiles.active=postgres");
    }
    return arguments;
  }

  /** Stops PostgreSQL (zonky deletes its data) or deletes the H2 file: a full run would leave about 10 GB. */
  @Override
  public void close() throws IOException {
    if (postgres != null) {
      postgres.close();
    }
    if (folder != null) {
      try (var files = Files.walk(folder)) {
        for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(file);
        }
      }
    }
  }
}
