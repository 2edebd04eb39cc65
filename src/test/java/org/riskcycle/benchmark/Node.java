package org.riskcycle.benchmark;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.riskcycle.RiskCycleApplication;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One RiskCycle node in this JVM, as shipped but on the given database and a free port, without the webapps (their
 * filters keep one application context in a static field, so a JVM holds at most one). Every other setting is the
 * one of {@code application.yaml} unless the caller overrides it.
 */
final class Node implements AutoCloseable {

  final ConfigurableApplicationContext context;
  final ProcessEngine engine;
  final JdbcClient db;
  final int port;

  private Node(ConfigurableApplicationContext context) {
    this.context = context;
    this.engine = context.getBean(ProcessEngine.class);
    this.db = context.getBean(JdbcClient.class);
    this.port = ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  static Node start(Database database, String... overrides) {
    return start(database, new Class<?>[0], overrides);
  }

  /**
   * A node of several in this JVM: engines need unique names then, but {@code /engine-rest} serves only the engine
   * named "default", so a lone node keeps that name.
   */
  static Node startOneOfSeveral(Database database, Class<?>[] sources, String... overrides) {
    List<String> arguments = new ArrayList<>(List.of(overrides));
    arguments.add("--camunda.bpm.generate-unique-process-engine-name=true");
    return start(database, sources, arguments.toArray(String[]::new));
  }

  static Node start(Database database, Class<?>[] sources, String... overrides) {
    List<String> arguments = new ArrayList<>(database.arguments());
    arguments.addAll(List.of(
        "--server.port=0",
        "--camunda.bpm.generate-unique-process-application-name=true",
        "--camunda.bpm.webapp.enabled=false",
        "--logging.level.root=WARN",
        "--logging.level.org.riskcycle.benchmark=INFO"));
    arguments.addAll(List.of(overrides));
    // -Dbenchmark.args: settings to measure before changing them (docs/performance.md), space separated
    for (String argument : System.getProperty("benchmark.args", "").trim().split("\\s+")) {
      if (!argument.isBlank()) {
        arguments.add(argument);
      }
    }
    return new Node(new SpringApplicationBuilder(RiskCycleApplication.class).sources(sources).bannerMode(Banner.Mode.OFF)
        .logStartupInfo(false).run(arguments.toArray(String[]::new)));
  }

  <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  @Override
  public void close() {
    context.close();
  }
}
