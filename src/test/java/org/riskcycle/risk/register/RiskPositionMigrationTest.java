package org.riskcycle.risk.register;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.riskcycle.engine.CamundaSchemaMigration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V12 keeps where each risk stands in its row. A register that existed before it gets those columns filled from
 * each risk's history, on both databases: the latest assessment, the latest decision that placed the risk (a chosen
 * alternative's residual likelihood and impact, or the assessed ones when accepted within tolerance), its due date,
 * the latest review.
 */
class RiskPositionMigrationTest {

  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

  @Test
  void h2RegisterIsPlacedFromItsHistory() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:risk-position-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    h2.setUser("sa");
    existingRisksArePlacedFromTheirHistory(h2, "h2");
  }

  @Test
  void postgresqlRegisterIsPlacedFromItsHistory() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
      existingRisksArePlacedFromTheirHistory(postgres.getPostgresDatabase(), "postgresql");
    }
  }

  private void existingRisksArePlacedFromTheirHistory(DataSource dataSource, String vendor) {
    flyway(dataSource, vendor).target("11").load().migrate();
    JdbcClient db = JdbcClient.create(dataSource);
    db.sql("""
        insert into risk_assessment (id, process_instance_id, title, status, current_iteration, created_by, created_at)
        values ('a', 'p', 'Ports of entry', 'OPEN', 1, 'planner', ?)""").param(at(0)).update();
    db.sql("""
        insert into assessment_iteration (assessment_id, iteration, title, scope, domains, locations, decision_level,
          orientation, risk_tolerance, decision_deadline, review_horizon, defined_by, defined_at)
        values ('a', 1, 'Ports of entry', 'Scope', 'BORDER', 'NATIONAL', 'STRATEGIC', 'THREAT', 'MODERATE',
          ?, ?, 'planner', ?)""")
        .params(LocalDate.of(2026, 3, 1), LocalDate.of(2027, 1, 1), at(0)).update();
    for (String risk : new String[] {"treated", "accepted", "identified"}) {
      db.sql("""
          insert into risk (id, assessment_id, iteration, title, description, threat_category, status, identified_by,
            identified_at, updated_at)
          values (?, 'a', 1, ?, 'Description', 'SMUGGLING', 'IDENTIFIED', 'planner', ?, ?)""")
          .params(risk, risk, at(0), at(0)).update();
    }
    // re-assessed before its decision: the decision's residual comes from the chosen alternative
    score(db, "treated-1", "treated", "LOW", "LOW", 1);
    score(db, "treated-2", "treated", "HIGH", "VERY_HIGH", 2);
    db.sql("""
        insert into risk_alternative (id, risk_id, round, ranking, treatment, description, cost, benefit,
          net_benefit, residual_likelihood, residual_impact, residual_level, within_tolerance, owner, developed_by,
          developed_at)
        values ('control', 'treated', 1, 1, 'CONTROL', 'Scanners', 10, 20, 10, 'LOW', 'HIGH', 'MODERATE', true,
          'owner', 'planner', ?)""").param(at(3)).update();
    decision(db, "sent-back", "treated", "SEND_BACK", null, null, 4);
    decision(db, "chosen", "treated", "CHOOSE_ALTERNATIVE", "control", LocalDate.of(2026, 6, 30), 5);
    review(db, "treated", 6);
    review(db, "treated", 7);
    // accepted as assessed, then assessed again: its residual stays where the acceptance put it
    score(db, "accepted-1", "accepted", "MODERATE", "LOW", 1);
    decision(db, "acceptance", "accepted", "ACCEPTED_WITHIN_TOLERANCE", null, null, 2);
    score(db, "accepted-2", "accepted", "VERY_HIGH", "HIGH", 3);

    flyway(dataSource, vendor).load().migrate();

    assertThat(position(db, "treated")).containsExactly("HIGH", "VERY_HIGH", "LOW", "HIGH", "2026-06-30",
        at(7).toInstant().toString());
    assertThat(position(db, "accepted")).containsExactly("VERY_HIGH", "HIGH", "MODERATE", "LOW", null, null);
    assertThat(position(db, "identified")).containsExactly(null, null, null, null, null, null);
  }

  private static FluentConfiguration flyway(DataSource dataSource, String vendor) {
    return Flyway.configure().dataSource(dataSource).javaMigrations(new CamundaSchemaMigration())
        .locations("classpath:db/migration", "classpath:db/vendor/" + vendor);
  }

  private static Timestamp at(int hours) {
    return Timestamp.from(T0.plusSeconds(hours * 3600L));
  }

  private static void score(JdbcClient db, String id, String riskId, String likelihood, String impact, int hours) {
    db.sql("""
        insert into risk_score (id, risk_id, iteration, kind, likelihood, impact, risk_level, risk_tolerance,
          exceeds_tolerance, scored_by, scored_at)
        values (?, ?, 1, 'ASSESSMENT', ?, ?, 'HIGH', 'MODERATE', true, 'analyst', ?)""")
        .params(id, riskId, likelihood, impact, at(hours)).update();
  }

  private static void decision(JdbcClient db, String id, String riskId, String outcome, String alternativeId,
      LocalDate due, int hours) {
    db.sql("""
        insert into risk_decision (id, assessment_id, risk_id, iteration, outcome, chosen_alternative_id, risk_level,
          risk_tolerance, rationale, decision_authority, decided_by, decided_at, implementation_due, snapshot)
        values (?, 'a', ?, 1, ?, ?, 'HIGH', 'MODERATE', 'Rationale', 'executives', 'executive', ?, ?, '{}')""")
        .params(id, riskId, outcome, alternativeId, at(hours), due).update();
  }

  private static void review(JdbcClient db, String riskId, int hours) {
    db.sql("""
        insert into risk_review (id, risk_id, observed_level, expected_level, observed_effect, outcome, reviewed_by,
          reviewed_at)
        values (?, ?, 'LOW', 'LOW', 'Fewer seizures missed', 'EFFECTIVE', 'risk-manager', ?)""")
        .params(riskId + "-review-" + hours, riskId, at(hours)).update();
  }

  private static String[] position(JdbcClient db, String riskId) {
    Map<String, Object> row = db.sql("""
        select current_likelihood, current_impact, residual_likelihood, residual_impact, implementation_due,
          last_reviewed_at
        from risk where id = ?""").param(riskId).query().singleRow();
    return row.values().stream().map(value -> value == null ? null
        : value instanceof Timestamp timestamp ? timestamp.toInstant().toString() : value.toString())
        .toArray(String[]::new);
  }
}
