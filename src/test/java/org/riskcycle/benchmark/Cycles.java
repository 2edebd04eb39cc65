package org.riskcycle.benchmark;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.riskcycle.access.Role;
import org.riskcycle.risk.RiskCycleDriver;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Whole cycles through the engine's Java API, as Tasklist users complete them ({@link RiskCycleDriver}: as the demo
 * user of the task's role, with the forms' variables): one risk through all six steps of RiskCycle's models, and the
 * raw process with the same user tasks and review timer and no domain logic.
 */
final class Cycles {

  static final String RAW = "rawCycle";

  private final ProcessEngine engine;
  private final RiskCycleDriver driver;

  Cycles(ProcessEngine engine, JdbcClient db) {
    this.engine = engine;
    this.driver = new RiskCycleDriver(engine, db);
  }

  /** Deploys the raw process and lets planners and integrators start it, as they may start an assessment. */
  static void deployRaw(ProcessEngine engine) {
    if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(RAW).count() == 0) {
      engine.getRepositoryService().createDeployment().name("benchmark-raw-cycle")
          .addClasspathResource("benchmark/raw-cycle.bpmn").deploy();
      for (Role role : List.of(Role.PLANNERS, Role.INTEGRATORS)) {
        var grant = engine.getAuthorizationService().createNewAuthorization(1);
        grant.setGroupId(role.groupId());
        grant.setResource(Resources.PROCESS_DEFINITION);
        grant.setResourceId(RAW);
        grant.addPermission(Permissions.READ);
        grant.addPermission(Permissions.CREATE_INSTANCE);
        grant.addPermission(Permissions.READ_INSTANCE);
        engine.getAuthorizationService().saveAuthorization(grant);
      }
    }
  }

  /** The context as the form submits it, with a review horizon the review reaches (the clock moves to it). */
  VariableMap context() {
    LocalDate today = LocalDate.now();
    return driver.context().putValue("decisionDeadline", today.toString())
        .putValue("reviewHorizon", today.plusDays(1).toString());
  }

  /**
   * One assessment of one High risk, above the Moderate tolerance: context, identification, assessment (DMN risk
   * level), alternatives (DMN decision authority), the executives' decision, implementation by its owner, the review
   * timer (DMN interval), and a review at the horizon that closes the risk and the assessment. Moves the engine clock
   * two days ahead for the review, and back: callers run cycles one at a time.
   */
  String riskCycle(int n) {
    try {
      ProcessInstance cycle = driver.startAssessment();
      driver.signOut();
      driver.defineContext(cycle, context().putValue("title", "Benchmark assessment " + n));
      driver.identifyRisks(cycle, driver.risks(List.of(driver.risk("Benchmark risk " + n))));
      ProcessInstance treatment = engine.getRuntimeService().createProcessInstanceQuery()
          .superProcessInstanceId(cycle.getId()).singleResult();
      driver.assess(treatment, driver.assessment("HIGH", "HIGH"));
      driver.developAlternatives(treatment, Role.PLANNERS.demoUserId(), driver.alternatives());
      driver.decide(treatment, Role.EXECUTIVES.demoUserId(),
          driver.choice(driver.alternativeId(treatment, "CONTROL")));
      driver.implement(treatment, Role.PLANNERS.demoUserId());
      ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(2))));
      driver.fireTimer(treatment, "Event_ReviewDue");
      driver.reviewTreatment(treatment, driver.review("EFFECTIVE"));
      if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(cycle.getId()).count() != 0) {
        throw new IllegalStateException("The benchmark cycle did not end: " + cycle.getId());
      }
      return cycle.getId();
    } finally {
      ClockUtil.reset();
      driver.signOut();
    }
  }

  /** The raw process: the same seven user tasks by the same users, the review timer, no variables. */
  String rawCycle() {
    driver.actAs(Role.PLANNERS);
    ProcessInstance raw;
    try {
      raw = engine.getRuntimeService().startProcessInstanceByKey(RAW);
    } finally {
      driver.signOut();
    }
    String id = raw.getId();
    driver.complete(id, "Task_DefineContext", Role.PLANNERS.demoUserId(), null);
    driver.complete(id, "Task_IdentifyRisks", Role.RISK_ANALYSTS.demoUserId(), null);
    driver.complete(id, "Task_AssessRisk", Role.RISK_ANALYSTS.demoUserId(), null);
    driver.complete(id, "Task_DevelopAlternatives", Role.PLANNERS.demoUserId(), null);
    driver.complete(id, "Task_DecideTreatment", Role.EXECUTIVES.demoUserId(), null);
    driver.complete(id, "Task_ImplementTreatment", Role.PLANNERS.demoUserId(), null);
    driver.fireTimer(raw, "Event_ReviewDue");
    driver.complete(id, "Task_ReviewTreatment", Role.RISK_MANAGERS.demoUserId(), null);
    if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).count() != 0) {
      throw new IllegalStateException("The raw cycle did not end: " + id);
    }
    return id;
  }

  /** A cycle left at a step (1 to 6), for the running data set: ends with that step's task open. */
  String riskCycleAt(int step, int n) {
    try {
      ProcessInstance cycle = driver.startAssessment();
      driver.signOut();
      if (step >= 2) {
        driver.defineContext(cycle, driver.context().putValue("title", "Running assessment " + n));
      }
      if (step >= 3) {
        driver.identifyRisks(cycle, driver.risks(List.of(driver.risk("Running risk " + n))));
      }
      if (step >= 4) {
        ProcessInstance treatment = engine.getRuntimeService().createProcessInstanceQuery()
            .superProcessInstanceId(cycle.getId()).singleResult();
        driver.assess(treatment, driver.assessment("HIGH", "HIGH"));
        if (step >= 5) {
          driver.developAlternatives(treatment, Role.PLANNERS.demoUserId(), driver.alternatives());
        }
        if (step >= 6) {
          driver.decide(treatment, Role.EXECUTIVES.demoUserId(),
              driver.choice(driver.alternativeId(treatment, "CONTROL")));
          driver.implement(treatment, Role.PLANNERS.demoUserId());
        }
      }
      return cycle.getId();
    } finally {
      driver.signOut();
    }
  }

}
