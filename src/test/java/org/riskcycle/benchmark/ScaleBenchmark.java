package org.riskcycle.benchmark;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Part 3: the queries users and the API make, at two data sets: 1,000 running and 10,000 completed cycles, then
 * 10,000 running and 100,000 completed. The cycles are copies of 20 completed and 20 running template cycles run
 * through the engine ({@link Seeder}); the running ones stand at every step.
 */
final class ScaleBenchmark {

  /** Steps of the running templates: 2 define the context, 3 identify risks, 4 assess, ... 4 wait for review. */
  private static final int[] RUNNING_STEPS = {1, 1, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 5, 5, 5, 5, 6, 6, 6, 6};
  private static final int TEMPLATES = 20;

  private final Benchmark benchmark;
  private final Node node;
  private final Database database;
  private final Http http;

  ScaleBenchmark(Benchmark benchmark, Node node, Database database) {
    this.benchmark = benchmark;
    this.node = node;
    this.database = database;
    this.http = new Http(node.port);
  }

  Map<String, Object> run() throws Exception {
    int[] running = {benchmark.scaled(1_000, 100), benchmark.scaled(10_000, 1_000)};
    int[] completed = {benchmark.scaled(10_000, 1_000), benchmark.scaled(100_000, 10_000)};
    Cycles cycles = new Cycles(node.engine, node.db);
    long t = System.nanoTime();
    List<String> completedRoots = new ArrayList<>();
    List<String> runningRoots = new ArrayList<>();
    for (int i = 0; i < TEMPLATES; i++) {
      completedRoots.add(cycles.riskCycle(i));
      runningRoots.add(cycles.riskCycleAt(RUNNING_STEPS[i], i));
    }
    double templateSeconds = (System.nanoTime() - t) / 1e9;
    Seeder seeder = new Seeder(Benchmark.dataSource(node), database.isH2());
    Seeder.Group completedGroup = seeder.capture("c", completedRoots);
    Seeder.Group runningGroup = seeder.capture("r", runningRoots);
    Benchmark.log.info("Templates made in {} s and captured in {} s", Stats.round(templateSeconds),
        Stats.round((System.nanoTime() - t) / 1e9 - templateSeconds));
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("templates", Map.of("completed", TEMPLATES, "running", TEMPLATES, "seconds",
        Stats.round(templateSeconds), "rows_per_completed_template", completedGroup.rows() / TEMPLATES,
        "rows_per_running_template", runningGroup.rows() / TEMPLATES));
    List<Map<String, Object>> sets = new ArrayList<>();
    int haveRunning = TEMPLATES;
    int haveCompleted = TEMPLATES;
    for (int set = 0; set < 2; set++) {
      long seed = System.nanoTime();
      seeder.copy(completedGroup, (completed[set] - haveCompleted) / TEMPLATES, 50);
      Benchmark.log.info("Copied completed cycles in {} s", Stats.round((System.nanoTime() - seed) / 1e9));
      seeder.copy(runningGroup, (running[set] - haveRunning) / TEMPLATES, 50);
      Benchmark.log.info("Copied running cycles in {} s", Stats.round((System.nanoTime() - seed) / 1e9));
      haveCompleted = completed[set];
      haveRunning = running[set];
      seeder.analyze();
      Benchmark.log.info("Analyzed in {} s", Stats.round((System.nanoTime() - seed) / 1e9));
      Map<String, Object> dataSet = new LinkedHashMap<>();
      dataSet.put("running_cycles", count("select count(*) from act_hi_procinst where proc_def_key_ = 'riskManagementCycle' and end_time_ is null"));
      dataSet.put("completed_cycles", count("select count(*) from act_hi_procinst where proc_def_key_ = 'riskManagementCycle' and end_time_ is not null"));
      dataSet.put("open_tasks", count("select count(*) from act_ru_task"));
      dataSet.put("history_activity_rows", count("select count(*) from act_hi_actinst"));
      dataSet.put("authorizations", count("select count(*) from act_ru_authorization"));
      dataSet.put("seeding_seconds", Stats.round((System.nanoTime() - seed) / 1e9));
      dataSet.put("database_mb", databaseMegabytes());
      Benchmark.log.info("Data set {}: {}", set + 1, dataSet);
      dataSet.put("queries", queries());
      sets.add(dataSet);
    }
    result.put("data_sets", sets);
    Map<String, Object> growth = new LinkedHashMap<>();
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> small = (Map<String, Map<String, Object>>) sets.get(0).get("queries");
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> large = (Map<String, Map<String, Object>>) sets.get(1).get("queries");
    for (String query : small.keySet()) {
      growth.put(query, Stats.round(((Number) large.get(query).get("p95_ms")).doubleValue()
          / ((Number) small.get(query).get("p95_ms")).doubleValue()));
    }
    result.put("p95_growth", growth);
    return result;
  }

  private Map<String, Object> queries() throws Exception {
    Map<String, String[]> queries = new LinkedHashMap<>();
    queries.put("tasklist_candidate_group", new String[] {"planner",
        "/engine-rest/task?candidateGroups=planners&firstResult=0&maxResults=15&sortBy=created&sortOrder=desc"});
    queries.put("api_assessments", new String[] {"auditor", "/api/v1/assessments"});
    queries.put("api_risks", new String[] {"auditor", "/api/v1/risks"});
    queries.put("api_heatmap", new String[] {"auditor", "/api/v1/risks/heatmap"});
    queries.put("api_decisions", new String[] {"auditor", "/api/v1/decisions"});
    queries.put("api_requirements", new String[] {"auditor", "/api/v1/requirements"});
    queries.put("api_assessments_at_step", new String[] {"auditor", "/api/v1/assessments?step=ANALYZE_AND_ASSESS"});
    queries.put("api_goal_health", new String[] {"auditor", "/api/v1/goals/VS2020-1/health"});
    for (String view : List.of("portfolio", "overdue-tasks", "heatmap", "goals", "intelligence")) {
      queries.put("dashboard_" + view.replace('-', '_'), new String[] {"auditor", "/dashboard/data/" + view});
    }
    int samples = benchmark.scaled(100, 30);
    Map<String, Object> result = new LinkedHashMap<>();
    for (Map.Entry<String, String[]> query : queries.entrySet()) {
      String user = query.getValue()[0];
      String path = query.getValue()[1];
      for (int i = 0; i < 20; i++) {
        check(http.get(user, path), path);
      }
      Stats stats = new Stats();
      for (int i = 0; i < samples; i++) {
        long t = System.nanoTime();
        HttpResponse<String> response = http.get(user, path);
        stats.add(System.nanoTime() - t);
        check(response, path);
      }
      Map<String, Object> summary = stats.summary();
      summary.put("path", path);
      summary.put("user", user);
      result.put(query.getKey(), summary);
    }
    return result;
  }

  private static void check(HttpResponse<String> response, String path) {
    if (response.statusCode() != 200) {
      throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
    }
  }

  private long count(String sql) {
    return node.db.sql(sql).query(Long.class).single();
  }

  private double databaseMegabytes() throws Exception {
    if (database.isH2()) {
      String file = database.url.substring("jdbc:h2:file:".length(), database.url.indexOf(';')) + ".mv.db";
      return Math.round(Files.size(Path.of(file)) / 1e5) / 10.0;
    }
    return Math.round(count("select pg_database_size(current_database())") / 1e5) / 10.0;
  }
}
