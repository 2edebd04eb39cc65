package org.riskcycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Two RiskCycle nodes on one real PostgreSQL, as Camunda 7 scales out: they start together on an empty database,
 * share the job work exactly once between them, and pick up the jobs a dead node held once its locks expire.
 */
public class ClusterTest {

  private static final int INSTANCES = 500;
  private static final Duration LOCK_TIME = Duration.ofSeconds(4);

  private static EmbeddedPostgres postgres;
  private static ConfigurableApplicationContext nodeA;
  private static ConfigurableApplicationContext nodeB;

  /** Records, in the job's own transaction, which node ran each job: twice would break the primary key. */
  @Component("clusterProbe")
  public static class ClusterProbe {

    private final JdbcClient db;
    private final String node;

    ClusterProbe(JdbcClient db, @Value("${cluster.node}") String node) {
      this.db = db;
      this.node = node;
    }

    /** The probe's table and its process: a timer job, then an asynchronous job, each recording its node. */
    public static void install(JdbcClient db, RepositoryService repository) {
      db.sql("""
          create table cluster_probe (process_instance_id varchar(64) not null, job varchar(16) not null,
            node varchar(8) not null, primary key (process_instance_id, job))""").update();
      repository.createDeployment().name("cluster-probe")
          .addModelInstance("cluster-probe.bpmn", Bpmn.createExecutableProcess("clusterProbe")
              .camundaHistoryTimeToLive(1)
              .startEvent()
              .intermediateCatchEvent("Timer_Due").timerWithDuration("PT0S")
              .camundaExecutionListenerExpression("end", "${clusterProbe.record(execution, 'timer')}")
              .serviceTask("Task_Work").camundaAsyncBefore()
              .camundaExpression("${clusterProbe.record(execution, 'async')}")
              .endEvent()
              .done())
          .deploy();
    }

    public void record(DelegateExecution execution, String job) {
      db.sql("insert into cluster_probe (process_instance_id, job, node) values (?, ?, ?)")
          .params(execution.getProcessInstanceId(), job, node).update();
    }
  }

  private static ConfigurableApplicationContext node(String name, CountDownLatch loggingReady) {
    return new SpringApplicationBuilder(RiskCycleApplication.class, ClusterProbe.class)
        .listeners(event -> {
          if (event instanceof ApplicationContextInitializedEvent) {
            loggingReady.countDown();
          }
        })
        .run(
        "--cluster.node=" + name,
        "--server.port=0",
        "--spring.datasource.url=jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
        "--spring.datasource.username=postgres",
        "--spring.datasource.password=postgres",
        "--camunda.bpm.generate-unique-process-engine-name=true",
        "--camunda.bpm.generate-unique-process-application-name=true",
        "--camunda.bpm.webapp.enabled=false",
        "--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_TIME.toMillis(),
        "--camunda.bpm.job-execution.wait-time-in-millis=200",
        "--camunda.bpm.job-execution.max-wait=1000");
  }

  @BeforeAll
  static void startTwoNodesTogetherOnAnEmptyDatabase() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    // Spring Boot sets up logging through JVM-wide properties, which two contexts must not do at the same moment:
    // node b starts once node a has, and both then build their engines and migrate the schema together
    CountDownLatch aStarted = new CountDownLatch(1);
    CompletableFuture<ConfigurableApplicationContext> a = CompletableFuture.supplyAsync(() -> node("a", aStarted));
    aStarted.await();
    CompletableFuture<ConfigurableApplicationContext> b =
        CompletableFuture.supplyAsync(() -> node("b", new CountDownLatch(1)));
    nodeA = a.get();
    nodeB = b.get();
    ClusterProbe.install(nodeA.getBean(JdbcClient.class), nodeA.getBean(RepositoryService.class));
  }

  @AfterAll
  static void stop() throws Exception {
    for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {nodeA, nodeB}) {
      if (node != null) {
        node.close();
      }
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void bothNodesStartedOnOneSchemaWithOneSetOfSharedData() {
    JdbcClient db = nodeB.getBean(JdbcClient.class);
    assertThat(db.sql("select count(*) from rc_schema_history where success").query(Long.class).single())
        .isGreaterThanOrEqualTo(9);
    assertThat(db.sql("select count(*) from act_id_group where id_ = 'planners'").query(Long.class).single())
        .isEqualTo(1);
    assertThat(db.sql("select count(*) from act_id_user where id_ = 'admin'").query(Long.class).single())
        .isEqualTo(1);
    assertThat(db.sql("select count(*) from act_re_procdef where key_ = 'riskManagementCycle'")
        .query(Long.class).single()).isEqualTo(1);
  }

  @Test
  void timerAndAsyncJobsRunExactlyOnceSpreadOverBothNodes() throws Exception {
    RuntimeService runtime = nodeA.getBean(RuntimeService.class);
    ManagementService management = nodeA.getBean(ManagementService.class);
    String definitionId = probeDefinitionId();
    // a bulk load on one node: its jobs wait until it is done, then both nodes take them from the backlog
    management.suspendJobDefinitionByProcessDefinitionId(definitionId, true);
    for (int i = 0; i < INSTANCES; i++) {
      runtime.startProcessInstanceByKey("clusterProbe");
    }
    management.activateJobDefinitionByProcessDefinitionId(definitionId, true);
    JdbcClient db = nodeA.getBean(JdbcClient.class);
    awaitJobsDone(db, Duration.ofSeconds(120));

    Map<String, Long> perNode = db.sql("select node, count(*) as jobs from cluster_probe group by node")
        .query((rs, row) -> Map.entry(rs.getString("node"), rs.getLong("jobs"))).list().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    System.out.println("Cluster: " + 2 * INSTANCES + " jobs ran per node " + perNode);
    assertThat(perNode.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(2L * INSTANCES);
    assertThat(perNode).containsOnlyKeys("a", "b");
    assertThat(perNode.values()).allSatisfy(jobs -> assertThat(jobs).isGreaterThan(INSTANCES / 10L));
    assertThat(nodeA.getBean(ManagementService.class).createJobQuery().withException().count()).isZero();
    assertThat(nodeA.getBean(ProcessEngine.class).getRuntimeService().createIncidentQuery().count()).isZero();
  }

  @Test
  void jobsADeadNodeHeldRunOnceTheirLocksExpire() throws Exception {
    ManagementService management = nodeA.getBean(ManagementService.class);
    RuntimeService runtime = nodeA.getBean(RuntimeService.class);
    JdbcClient db = nodeA.getBean(JdbcClient.class);
    String definitionId = probeDefinitionId();
    // jobs created while suspended, then locked as a node would that acquired them and died before running them
    management.suspendJobDefinitionByProcessDefinitionId(definitionId, true);
    List<String> instances = java.util.stream.IntStream.range(0, 50)
        .mapToObj(i -> runtime.startProcessInstanceByKey("clusterProbe").getId()).toList();
    db.sql("""
        update act_ru_job set lock_owner_ = 'killed-node', lock_exp_time_ = ?, suspension_state_ = 1
        where process_def_id_ = ?""")
        .params(java.sql.Timestamp.from(java.time.Instant.now().plus(LOCK_TIME)), definitionId).update();
    management.activateJobDefinitionByProcessDefinitionId(definitionId, false);

    Thread.sleep(LOCK_TIME.toMillis() / 2);
    assertThat(countFor(db, instances)).as("jobs still locked by the dead node").isZero();

    awaitJobsDone(db, Duration.ofSeconds(60));
    assertThat(countFor(db, instances)).isEqualTo(2L * instances.size());
  }

  private static String probeDefinitionId() {
    return nodeA.getBean(RepositoryService.class).createProcessDefinitionQuery().processDefinitionKey("clusterProbe")
        .latestVersion().singleResult().getId();
  }

  private static long countFor(JdbcClient db, List<String> instances) {
    return db.sql("select count(*) from cluster_probe where process_instance_id in (:ids)")
        .param("ids", instances).query(Long.class).single();
  }

  private static void awaitJobsDone(JdbcClient db, Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (db.sql("select count(*) from act_ru_job where process_def_key_ = 'clusterProbe'").query(Long.class)
        .single() > 0) {
      assertThat(System.nanoTime()).as("jobs done within " + limit).isLessThan(deadline);
      Thread.sleep(200);
    }
  }
}
