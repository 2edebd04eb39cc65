package org.riskcycle.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.riskcycle.RiskCycleTest;
import org.riskcycle.intelligence.IntelligenceCycleDriver;
import org.riskcycle.intelligence.register.IntelligenceRegister;
import org.riskcycle.risk.RiskCycleDriver;
import org.riskcycle.risk.register.RiskRegister;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Each read of the registers needs one pooled connection at a time. A read that took a second connection while
 * holding its first made 32 concurrent API clients wait on one another until the pool's timeout (found by the
 * benchmark): here every read must answer with a single connection left in the pool.
 */
@RiskCycleTest
class ConnectionPoolTest {

  @Autowired
  DataSource dataSource;

  @Autowired
  ProcessEngine engine;

  @Autowired
  JdbcClient db;

  @Autowired
  RiskRegister risks;

  @Autowired
  IntelligenceRegister intelligence;

  @Test
  void everyRegisterReadAnswersWithOneConnectionLeft() throws Exception {
    ProcessInstance risk = new RiskCycleDriver(engine, db).assessmentWithRisks("Read with one connection").get(0);
    String riskId = risk.getBusinessKey();
    String assessmentId = db.sql("select assessment_id from risk where id = ?").param(riskId)
        .query(String.class).single();
    IntelligenceCycleDriver cycles = new IntelligenceCycleDriver(engine, db);
    ProcessInstance cycle = cycles.raise();
    cycles.draft(cycle, cycles.requirement());
    String requirementId = cycles.requirementId(cycle);

    Map<String, Supplier<Object>> reads = Map.of(
        "assessment", () -> risks.assessment(assessmentId).orElseThrow(),
        "risk in context", () -> risks.riskInContext(riskId).orElseThrow(),
        "requirement", () -> intelligence.requirement(requirementId).orElseThrow(),
        "requirements", () -> intelligence.requirements(null, null, 0, 20),
        "released products", () -> intelligence.releasedProducts(Optional.empty(), 0, 20));

    HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
    List<Connection> held = new ArrayList<>();
    ExecutorService reader = Executors.newSingleThreadExecutor();
    try {
      for (int i = 1; i < pool.getMaximumPoolSize(); i++) {
        held.add(pool.getConnection());
      }
      for (Map.Entry<String, Supplier<Object>> read : reads.entrySet()) {
        assertThat(reader.submit(read.getValue()::get).get(10, TimeUnit.SECONDS)).as(read.getKey()).isNotNull();
      }
    } finally {
      reader.shutdownNow();
      for (Connection connection : held) {
        connection.close();
      }
    }
  }
}
