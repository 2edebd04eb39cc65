package org.riskcycle.benchmark;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.riskcycle.ClusterTest;

/**
 * Part 4: job throughput of one node, then of two nodes, on one PostgreSQL. The work is {@link ClusterTest}'s: a
 * backlog of instances each with a timer job and an asynchronous service task that records its node in the job's
 * transaction, released at once. The nodes run RiskCycle's job executor settings, polling every 200 ms to 1 s when
 * idle (as ClusterTest) so that an idle node joins a backlog at once.
 */
final class ClusterBenchmark {

  private final Benchmark benchmark;

  ClusterBenchmark(Benchmark benchmark) {
    this.benchmark = benchmark;
  }

  Map<String, Object> run() throws Exception {
    int instances = benchmark.scaled(1_000, 200);
    Map<String, Object> result = new LinkedHashMap<>();
    try (Database database = Database.postgres(); Node a = node(database, "a")) {
      ClusterTest.ClusterProbe.install(a.db, a.engine.getRepositoryService());
      // warm-up on node a
      backlog(a, instances / 4);
      Map<String, Object> one = backlog(a, instances);
      result.put("one_node", one);
      try (Node b = node(database, "b")) {
        backlog(a, instances / 4);
        Map<String, Object> two = backlog(a, instances);
        result.put("two_nodes", two);
        result.put("ratio", Stats.round(((Number) two.get("jobs_per_second")).doubleValue()
            / ((Number) one.get("jobs_per_second")).doubleValue()));
      }
    }
    result.put("target_ratio", 1.5);
    return result;
  }

  private static Node node(Database database, String name) {
    return Node.startOneOfSeveral(database, new Class<?>[] {ClusterTest.ClusterProbe.class}, "--cluster.node=" + name,
        "--camunda.bpm.job-execution.wait-time-in-millis=200", "--camunda.bpm.job-execution.max-wait=1000");
  }

  /** Starts {@code instances} with their jobs held back, releases them at once and waits until all have run. */
  private static Map<String, Object> backlog(Node node, int instances) throws Exception {
    RuntimeService runtime = node.engine.getRuntimeService();
    ManagementService management = node.engine.getManagementService();
    String definitionId = node.engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("clusterProbe").latestVersion().singleResult().getId();
    node.db.sql("delete from cluster_probe").update();
    management.suspendJobDefinitionByProcessDefinitionId(definitionId, true);
    for (int i = 0; i < instances; i++) {
      runtime.startProcessInstanceByKey("clusterProbe");
    }
    long start = System.nanoTime();
    management.activateJobDefinitionByProcessDefinitionId(definitionId, true);
    long deadline = start + 600_000_000_000L;
    while (node.db.sql("select count(*) from act_ru_job where process_def_key_ = 'clusterProbe'").query(Long.class)
        .single() > 0) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("Jobs not done within 10 minutes");
      }
      Thread.sleep(50);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("jobs", 2 * instances);
    result.put("seconds", Stats.round(seconds));
    result.put("jobs_per_second", Stats.round(2 * instances / seconds));
    Map<String, Long> perNode = new LinkedHashMap<>();
    node.db.sql("select node, count(*) as jobs from cluster_probe group by node order by node")
        .query((rs, row) -> perNode.put(rs.getString("node"), rs.getLong("jobs"))).list();
    result.put("jobs_per_node", perNode);
    return result;
  }
}
