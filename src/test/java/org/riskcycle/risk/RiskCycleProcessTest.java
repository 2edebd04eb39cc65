package org.riskcycle.risk;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a process test of the risk cycle needs in the shared context: the engine for camunda-bpm-assert, a
 * {@link RiskCycleDriver}, and the clock and authentication reset after each test.
 */
abstract class RiskCycleProcessTest {

  @Autowired
  ProcessEngine engine;

  @Autowired
  JdbcClient db;

  RiskCycleDriver cycle;

  @BeforeEach
  void setUpDriver() {
    BpmnAwareTests.init(engine);
    cycle = new RiskCycleDriver(engine, db);
  }

  @AfterEach
  void resetClockAndAuthentication() {
    cycle.signOut();
    ClockUtil.reset();
  }
}
