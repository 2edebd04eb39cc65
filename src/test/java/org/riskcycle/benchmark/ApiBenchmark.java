package org.riskcycle.benchmark;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Part 2: the API over HTTP at 1, 8 and 32 concurrent clients. RiskCycle: {@code POST /api/v1/assessments} (as
 * {@code integrator}, with the context: the process records it and waits at "Identify risks"), then the completion
 * of those "Identify risks" tasks over {@code /engine-rest} (as {@code planner}, one risk as Tasklist sends it: the
 * register writes the risk and the cycle starts its treatment). Raw: {@code POST /engine-rest/process-definition/key/
 * rawCycle/start} (as {@code integrator}) and the completion of its first task (as {@code planner}, no variables).
 */
final class ApiBenchmark {

  private final Benchmark benchmark;
  private final Node node;
  private final Http http;

  ApiBenchmark(Benchmark benchmark, Node node) {
    this.benchmark = benchmark;
    this.node = node;
    this.http = new Http(node.port);
  }

  Map<String, Object> run() throws Exception {
    Duration duration = Duration.ofSeconds(benchmark.scaled(20, 5));
    // warm-up: every path once under concurrency
    level(8, Duration.ofSeconds(benchmark.scaled(5, 2)));
    Map<String, Object> result = new LinkedHashMap<>();
    List<Map<String, Object>> levels = new ArrayList<>();
    for (String clients : System.getProperty("benchmark.api.clients", "1,8,32").split(",")) {
      levels.add(level(Integer.parseInt(clients.trim()), duration));
    }
    result.put("duration_seconds_per_measure", duration.toSeconds());
    result.put("levels", levels);
    return result;
  }

  private Map<String, Object> level(int clients, Duration duration) throws Exception {
    AtomicInteger n = new AtomicInteger();
    List<String> assessments = Collections.synchronizedList(new ArrayList<>());
    Map<String, Object> start = Benchmark.load(clients, duration, () -> {
      HttpResponse<String> response = http.post("integrator", "/api/v1/assessments",
          Benchmark.assessmentRequest("API benchmark " + n.incrementAndGet()));
      if (response.statusCode() != 201) {
        Benchmark.log.warn("start answered {} {}", response.statusCode(), response.body());
        return false;
      }
      assessments.add(Benchmark.id(response));
      return true;
    });
    List<String> raws = Collections.synchronizedList(new ArrayList<>());
    Map<String, Object> rawStart = Benchmark.load(clients, duration, () -> {
      HttpResponse<String> response = http.post("integrator",
          "/engine-rest/process-definition/key/" + Cycles.RAW + "/start", "{}");
      if (response.statusCode() != 200) {
        Benchmark.log.warn("raw start answered {} {}", response.statusCode(), response.body());
        return false;
      }
      raws.add(Benchmark.id(response));
      return true;
    });
    // the tasks to complete, found outside the measure
    List<String> identifyTasks = new ArrayList<>();
    for (String assessment : assessments) {
      String processInstanceId = node.db.sql("select process_instance_id from risk_assessment where id = ?")
          .param(assessment).query(String.class).single();
      identifyTasks.addAll(Benchmark.openTaskIds(node, processInstanceId));
    }
    List<String> rawTasks = new ArrayList<>();
    for (String raw : raws) {
      rawTasks.addAll(Benchmark.openTaskIds(node, raw));
    }
    Queue<String> identify = Benchmark.queue(identifyTasks);
    Map<String, Object> complete = Benchmark.load(clients, duration, () -> {
      String task = identify.poll();
      if (task == null) {
        return null;
      }
      HttpResponse<String> response = http.post("planner", "/engine-rest/task/" + task + "/complete",
          Benchmark.identification("API risk " + task));
      if (response.statusCode() != 204) {
        Benchmark.log.warn("completion answered {} {}", response.statusCode(), response.body());
        return false;
      }
      return true;
    });
    Queue<String> rawQueue = Benchmark.queue(rawTasks);
    Map<String, Object> rawComplete = Benchmark.load(clients, duration, () -> {
      String task = rawQueue.poll();
      if (task == null) {
        return null;
      }
      HttpResponse<String> response = http.post("planner", "/engine-rest/task/" + task + "/complete", "{}");
      if (response.statusCode() != 204) {
        Benchmark.log.warn("raw completion answered {} {}", response.statusCode(), response.body());
        return false;
      }
      return true;
    });
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("clients", clients);
    result.put("start_assessment", start);
    result.put("raw_start", rawStart);
    result.put("complete_identify_risks", complete);
    result.put("raw_complete_task", rawComplete);
    result.put("start_throughput_ratio", ratio(start, rawStart, "per_second"));
    result.put("start_p99_ratio", ratio(start, rawStart, "p99_ms"));
    result.put("complete_throughput_ratio", ratio(complete, rawComplete, "per_second"));
    result.put("complete_p99_ratio", ratio(complete, rawComplete, "p99_ms"));
    return result;
  }

  private static double ratio(Map<String, Object> a, Map<String, Object> b, String key) {
    return Stats.round(((Number) a.get(key)).doubleValue() / ((Number) b.get(key)).doubleValue());
  }
}
