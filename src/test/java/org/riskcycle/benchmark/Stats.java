package org.riskcycle.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Latencies in nanoseconds of one measured operation, and their percentiles in milliseconds. */
final class Stats {

  private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
  private volatile int errors;

  void add(long elapsedNanos) {
    nanos.add(elapsedNanos);
  }

  synchronized void error() {
    errors++;
  }

  int count() {
    return nanos.size();
  }

  int errors() {
    return errors;
  }

  double percentileMillis(double p) {
    List<Long> sorted;
    synchronized (nanos) {
      sorted = new ArrayList<>(nanos);
    }
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    Collections.sort(sorted);
    // nearest rank
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1))) / 1e6;
  }

  Map<String, Object> summary() {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("samples", count());
    summary.put("errors", errors);
    summary.put("p50_ms", round(percentileMillis(50)));
    summary.put("p95_ms", round(percentileMillis(95)));
    summary.put("p99_ms", round(percentileMillis(99)));
    return summary;
  }

  static double round(double value) {
    return Double.isNaN(value) ? value : Math.round(value * 100) / 100.0;
  }
}
