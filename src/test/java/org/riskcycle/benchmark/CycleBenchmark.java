package org.riskcycle.benchmark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Part 1: whole cycles per second, one at a time, RiskCycle's risk cycle against the raw process, in rounds that
 * alternate between the two so that both see the same machine (and the same JIT state and database size).
 */
final class CycleBenchmark {

  private final Benchmark benchmark;
  private final Cycles cycles;

  CycleBenchmark(Benchmark benchmark, Node node) {
    this.benchmark = benchmark;
    this.cycles = new Cycles(node.engine, node.db);
  }

  Map<String, Object> run() {
    int warmup = benchmark.scaled(40, 15);
    int rounds = benchmark.scaled(5, 2);
    int perRound = benchmark.scaled(20, 10);
    for (int i = 0; i < warmup; i++) {
      cycles.riskCycle(-i);
      cycles.rawCycle();
    }
    Stats risk = new Stats();
    Stats raw = new Stats();
    long riskNanos = 0;
    long rawNanos = 0;
    long riskCpu = 0;
    long rawCpu = 0;
    int n = 0;
    for (int round = 0; round < rounds; round++) {
      for (int i = 0; i < perRound; i++) {
        long cpu = Benchmark.cpuNanos();
        long t = System.nanoTime();
        cycles.riskCycle(n++);
        long elapsed = System.nanoTime() - t;
        risk.add(elapsed);
        riskNanos += elapsed;
        riskCpu += Benchmark.cpuNanos() - cpu;
      }
      for (int i = 0; i < perRound; i++) {
        long cpu = Benchmark.cpuNanos();
        long t = System.nanoTime();
        cycles.rawCycle();
        long elapsed = System.nanoTime() - t;
        raw.add(elapsed);
        rawNanos += elapsed;
        rawCpu += Benchmark.cpuNanos() - cpu;
      }
    }
    int count = rounds * perRound;
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("cycles_each", count);
    result.put("warmup_cycles_each", warmup);
    result.put("risk_cycle", cycle(count, riskNanos, riskCpu, risk));
    result.put("raw_cycle", cycle(count, rawNanos, rawCpu, raw));
    double ratio = (count / (riskNanos / 1e9)) / (count / (rawNanos / 1e9));
    result.put("ratio", Stats.round(ratio));
    result.put("target_ratio", 0.7);
    result.put("user_tasks_per_cycle", 7);
    result.put("engine_transactions_per_cycle", List.of("start", "7 task completions", "review timer"));
    return result;
  }

  private static Map<String, Object> cycle(int count, long nanos, long cpuNanos, Stats stats) {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("per_second", Stats.round(count / (nanos / 1e9)));
    result.put("jvm_cpu_ms_per_cycle", Stats.round(cpuNanos / 1e6 / count));
    result.put("p50_ms", Stats.round(stats.percentileMillis(50)));
    result.put("p95_ms", Stats.round(stats.percentileMillis(95)));
    return result;
  }
}
