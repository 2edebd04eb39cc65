package org.riskcycle.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/** The markdown table of a run, from its JSON results. */
final class Report {

  private Report() {
  }

  static String markdown(JsonNode r) {
    StringBuilder md = new StringBuilder();
    JsonNode m = r.path("machine");
    md.append("# RiskCycle benchmark results\n\n");
    md.append("Run ").append(r.path("started").asText()).append(r.path("quick").asBoolean() ? " (quick mode)" : "")
        .append(r.has("minutes") ? ", " + r.path("minutes").asText() + " min" : ", unfinished").append(". Machine: ")
        .append(m.path("cpus").asText()).append(" CPUs (").append(m.path("cpu_model").asText()).append("), ")
        .append(m.path("memory").asText()).append(" memory, ").append(m.path("jdk").asText())
        .append("; load average at start ").append(m.path("load_average_at_start").asText()).append(".\n\n");

    JsonNode dbs = r.path("databases");
    md.append("## 1. Engine overhead: whole cycles, one at a time\n\n");
    md.append("| Database | RiskCycle cycles/s | raw cycles/s | ratio (target ≥ 0.70) | RiskCycle p50 / p95 ms"
        + " | raw p50 / p95 ms | JVM CPU ms per cycle, RiskCycle / raw |\n|---|---|---|---|---|---|---|\n");
    for (Iterator<Map.Entry<String, JsonNode>> it = dbs.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> db = it.next();
      JsonNode c = db.getValue().path("cycles");
      if (c.isMissingNode()) {
        continue;
      }
      JsonNode risk = c.path("risk_cycle");
      JsonNode raw = c.path("raw_cycle");
      md.append("| ").append(db.getKey()).append(" | ").append(risk.path("per_second").asText()).append(" | ")
          .append(raw.path("per_second").asText()).append(" | ").append(c.path("ratio").asText())
          .append(mark(c.path("ratio").asDouble() >= 0.7)).append(" | ").append(risk.path("p50_ms").asText())
          .append(" / ").append(risk.path("p95_ms").asText()).append(" | ").append(raw.path("p50_ms").asText())
          .append(" / ").append(raw.path("p95_ms").asText()).append(" | ")
          .append(risk.path("jvm_cpu_ms_per_cycle").asText()).append(" / ")
          .append(raw.path("jvm_cpu_ms_per_cycle").asText()).append(" |\n");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = dbs.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> db = it.next();
      JsonNode risk = db.getValue().path("cycles").path("risk_cycle_rows_written");
      JsonNode raw = db.getValue().path("cycles").path("raw_cycle_rows_written");
      if (risk.isMissingNode()) {
        continue;
      }
      md.append("\nRows written per cycle on ").append(db.getKey())
          .append(", inserted / updated / deleted (PostgreSQL's table statistics, over 5 cycles):\n\n")
          .append("| Table | RiskCycle | raw |\n|---|---|---|\n")
          .append("| **all** | ").append(writes(risk)).append(" | ").append(writes(raw)).append(" |\n");
      for (Iterator<Map.Entry<String, JsonNode>> t = risk.path("by_table").fields(); t.hasNext();) {
        Map.Entry<String, JsonNode> table = t.next();
        md.append("| ").append(table.getKey()).append(" | ").append(writes(table.getValue())).append(" | ")
            .append(writes(raw.path("by_table").path(table.getKey()))).append(" |\n");
      }
    }

    md.append("\n## 2. API over HTTP\n\n");
    md.append("Throughput per second; latency p50 / p95 / p99 in ms. Ratio: RiskCycle throughput / raw throughput"
        + " (p99 ratio in brackets).\n\n");
    md.append("| Database | Clients | POST /api/v1/assessments | raw start (/engine-rest) | ratio"
        + " | complete Identify risks | raw complete task | ratio |\n|---|---|---|---|---|---|---|---|\n");
    for (Iterator<Map.Entry<String, JsonNode>> it = dbs.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> db = it.next();
      for (JsonNode level : db.getValue().path("api").path("levels")) {
        md.append("| ").append(db.getKey()).append(" | ").append(level.path("clients").asText()).append(" | ")
            .append(op(level.path("start_assessment"))).append(" | ").append(op(level.path("raw_start")))
            .append(" | ").append(level.path("start_throughput_ratio").asText()).append(" (")
            .append(level.path("start_p99_ratio").asText()).append(") | ")
            .append(op(level.path("complete_identify_risks"))).append(" | ")
            .append(op(level.path("raw_complete_task"))).append(" | ")
            .append(level.path("complete_throughput_ratio").asText()).append(" (")
            .append(level.path("complete_p99_ratio").asText()).append(") |\n");
      }
    }

    md.append("\n## 3. Scale: queries at two data sets\n\n");
    for (Iterator<Map.Entry<String, JsonNode>> it = dbs.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> db = it.next();
      JsonNode s = db.getValue().path("scale");
      if (s.isMissingNode()) {
        continue;
      }
      JsonNode small = s.path("data_sets").path(0);
      JsonNode large = s.path("data_sets").path(1);
      md.append("**").append(db.getKey()).append("**: data set A ").append(sizes(small)).append("; data set B ")
          .append(sizes(large)).append(".\n\n");
      md.append("| Query | A p50 / p95 ms | B p50 / p95 ms | p95 growth B/A (target ≤ 2) | B p95 ≤ 100 ms |\n"
          + "|---|---|---|---|---|\n");
      for (Iterator<Map.Entry<String, JsonNode>> q = small.path("queries").fields(); q.hasNext();) {
        Map.Entry<String, JsonNode> query = q.next();
        JsonNode b = large.path("queries").path(query.getKey());
        double growth = s.path("p95_growth").path(query.getKey()).asDouble();
        md.append("| `").append(query.getValue().path("path").asText()).append("` | ")
            .append(query.getValue().path("p50_ms").asText()).append(" / ")
            .append(query.getValue().path("p95_ms").asText()).append(" | ").append(b.path("p50_ms").asText())
            .append(" / ").append(b.path("p95_ms").asText()).append(" | ").append(growth)
            .append(mark(growth <= 2)).append(" | ").append(mark(b.path("p95_ms").asDouble() <= 100).trim())
            .append(" |\n");
      }
      md.append("\n");
    }

    JsonNode cluster = r.path("cluster");
    if (!cluster.isMissingNode()) {
      md.append("## 4. Cluster: job throughput on PostgreSQL\n\n| Nodes | jobs | seconds | jobs/s | per node |\n"
          + "|---|---|---|---|---|\n");
      for (String key : new String[] {"one_node", "two_nodes"}) {
        JsonNode n = cluster.path(key);
        md.append("| ").append(key.equals("one_node") ? "1" : "2").append(" | ").append(n.path("jobs").asText())
            .append(" | ").append(n.path("seconds").asText()).append(" | ").append(n.path("jobs_per_second").asText())
            .append(" | ").append(n.path("jobs_per_node").toString()).append(" |\n");
      }
      md.append("\nTwo nodes / one node: ").append(cluster.path("ratio").asText()).append(" (target ≥ 1.5)")
          .append(mark(cluster.path("ratio").asDouble() >= 1.5)).append("\n\n");
    }

    JsonNode jar = r.path("jar");
    if (!jar.isMissingNode()) {
      md.append("## 5. Start and memory of the jar (`java -jar`, no options)\n\n| Database | Start | ready s (target"
          + " ≤ 15) | Spring's own count | RSS MB after start | RSS MB after load | load (8 clients) |\n"
          + "|---|---|---|---|---|---|---|\n");
      for (Iterator<Map.Entry<String, JsonNode>> it = jar.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> db = it.next();
        if (!db.getValue().isObject()) {
          continue;
        }
        for (Iterator<Map.Entry<String, JsonNode>> st = db.getValue().fields(); st.hasNext();) {
          Map.Entry<String, JsonNode> start = st.next();
          JsonNode s = start.getValue();
          md.append("| ").append(db.getKey()).append(" | ").append(start.getKey().replace('_', ' ')).append(" | ")
              .append(s.path("ready_seconds").asText()).append(mark(s.path("ready_seconds").asDouble() <= 15))
              .append(" | ").append(s.path("spring_started_line").asText()).append(" | ")
              .append(s.path("rss_mb_after_start").asText()).append(" | ")
              .append(s.path("rss_mb_after_load").asText("–")).append(" | ")
              .append(s.has("load") ? s.path("load").path("per_second").asText() + " req/s, p99 "
                  + s.path("load").path("p99_ms").asText() + " ms" : "–").append(" |\n");
        }
      }
    }
    return md.toString();
  }

  private static String op(JsonNode o) {
    return o.path("per_second").asText() + "/s; " + o.path("p50_ms").asText() + " / " + o.path("p95_ms").asText()
        + " / " + o.path("p99_ms").asText() + (o.path("errors").asInt() > 0 ? "; errors " + o.path("errors") : "");
  }

  private static String sizes(JsonNode set) {
    return set.path("running_cycles").asText() + " running and " + set.path("completed_cycles").asText()
        + " completed cycles, " + set.path("open_tasks").asText() + " open tasks, " + set.path("database_mb").asText()
        + " MB, seeded in " + set.path("seeding_seconds").asText() + " s";
  }

  private static String mark(boolean met) {
    return met ? " ✓" : " ✗";
  }

  private static String writes(JsonNode counts) {
    return counts.isMissingNode() ? "–" : counts.path("inserted").asText() + " / " + counts.path("updated").asText()
        + " / " + counts.path("deleted").asText();
  }
}
