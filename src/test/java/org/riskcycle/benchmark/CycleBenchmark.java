package org.riskcycle.benchmark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Part 1: whole cycles per second, one at a time, RiskCycle's risk cycle against the raw process, in rounds that
 * alternate between the two so that both see the same machine (and the same JIT state and database size).
 */
final class CycleBenchmark {

  private final Benchmark benchmark;
  private final Cycles cycles;
  private final Node node;
  private final Database database;

  CycleBenchmark(Benchmark benchmark, Node node, Database database) {
    this.benchmark = benchmark;
    this.cycles = new Cycles(node.engine, node.db);
    this.node = node;
    this.database = database;
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
    if (!database.isH2()) {
      result.put("risk_cycle_rows_written", rowsWritten(() -> cycles.riskCycle(-1)));
      result.put("raw_cycle_rows_written", rowsWritten(cycles::rawCycle));
    }
    return result;
  }

  /**
   * The rows one cycle inserts, updates and deletes, by table, over 5 cycles: PostgreSQL counts them for each table
   * ({@code pg_stat_user_tables}). A session reports its counts when it goes idle, at most once a second.
   */
  private Map<String, Object> rowsWritten(Runnable cycle) {
    int n = 5;
    Map<String, long[]> before = tableWrites();
    for (int i = 0; i < n; i++) {
      cycle.run();
    }
    Map<String, long[]> after = tableWrites();
    Map<String, Object> perTable = new LinkedHashMap<>();
    long[] total = new long[3];
    after.forEach((table, counts) -> {
      long[] earlier = before.getOrDefault(table, new long[3]);
      long[] delta = {counts[0] - earlier[0], counts[1] - earlier[1], counts[2] - earlier[2]};
      if (delta[0] + delta[1] + delta[2] > 0) {
        perTable.put(table, Map.of("inserted", Stats.round(delta[0] / (double) n),
            "updated", Stats.round(delta[1] / (double) n), "deleted", Stats.round(delta[2] / (double) n)));
        for (int i = 0; i < 3; i++) {
          total[i] += delta[i];
        }
      }
    });
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("inserted", Stats.round(total[0] / (double) n));
    result.put("updated", Stats.round(total[1] / (double) n));
    result.put("deleted", Stats.round(total[2] / (double) n));
    result.put("by_table", perTable);
    return result;
  }

  private Map<String, long[]> tableWrites() {
    try {
      Thread.sleep(1500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    Map<String, long[]> writes = new TreeMap<>();
    node.db.sql("select relname, n_tup_ins, n_tup_upd, n_tup_del from pg_stat_user_tables")
        .query((RowCallbackHandler) rs -> writes.put(rs.getString(1),
            new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)}));
    return writes;
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
