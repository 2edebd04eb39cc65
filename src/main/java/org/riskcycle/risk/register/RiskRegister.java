package org.riskcycle.risk.register;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.riskcycle.api.Page;
import org.riskcycle.risk.CycleStep;
import org.riskcycle.risk.DecisionLevel;
import org.riskcycle.risk.Domain;
import org.riskcycle.risk.Level;
import org.riskcycle.risk.Location;
import org.riskcycle.risk.Orientation;
import org.riskcycle.risk.RiskReference;
import org.riskcycle.risk.ThreatCategory;
import org.riskcycle.risk.Treatment;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The risk register's tables. Every write joins the caller's transaction, which for the processes is the transaction
 * of the task completion that produced the row. Scores, alternatives, decisions, implementations, reviews and
 * information are only inserted. A read that reads more rows while mapping a row runs in a read-only transaction, so
 * that both reads share one connection: outside a transaction the inner read would take a second connection while
 * the outer holds one, and under load every pooled connection would wait for a second one.
 */
@Repository
public class RiskRegister {

  private final JdbcClient db;

  RiskRegister(JdbcClient db) {
    this.db = db;
  }

  public String openAssessment(String processInstanceId, String title, String createdBy, Instant at) {
    String id = UUID.randomUUID().toString();
    db.sql("""
        insert into risk_assessment (id, process_instance_id, title, status, current_iteration, created_by, created_at)
        values (?, ?, ?, 'OPEN', 0, ?, ?)""")
        .params(id, processInstanceId, title, createdBy, Timestamp.from(at)).update();
    return id;
  }

  /** Records the context of the assessment's next iteration and returns that iteration's number. */
  public int defineIteration(String assessmentId, AssessmentContext context, String definedBy, Instant at) {
    int iteration = db.sql("select current_iteration from risk_assessment where id = ?").param(assessmentId)
        .query(Integer.class).single() + 1;
    db.sql("""
        insert into assessment_iteration (assessment_id, iteration, title, scope, domains, locations, decision_level,
          orientation, risk_tolerance, decision_deadline, review_horizon, defined_by, defined_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(assessmentId, iteration, context.title(), context.scope(), joined(context.domains()),
            joined(context.locations()), context.decisionLevel().name(), context.orientation().name(),
            context.riskTolerance().name(), Date.valueOf(context.decisionDeadline()),
            Date.valueOf(context.reviewHorizon()), definedBy, Timestamp.from(at))
        .update();
    for (String catalogId : context.goalsAtStake()) {
      db.sql("insert into assessment_goal (assessment_id, iteration, catalog_id) values (?, ?, ?)")
          .params(assessmentId, iteration, catalogId).update();
    }
    db.sql("update risk_assessment set title = ?, current_iteration = ? where id = ?")
        .params(context.title(), iteration, assessmentId).update();
    return iteration;
  }

  /**
   * Records the risks identified in an iteration: new ones are added, carried-over ones updated, and the
   * assessment's risks left out of the list are withdrawn. Returns the risks with their register ids.
   */
  public List<IdentifiedRisk> identifyRisks(String assessmentId, int iteration, List<IdentifiedRisk> risks,
      String identifiedBy, Instant at) {
    List<IdentifiedRisk> registered = new ArrayList<>();
    for (IdentifiedRisk risk : risks) {
      if (risk.id() == null) {
        IdentifiedRisk added = risk.withId(UUID.randomUUID().toString());
        db.sql("""
            insert into risk (id, assessment_id, iteration, title, description, threat_category, source, status,
              identified_by, identified_at, updated_at)
            values (?, ?, ?, ?, ?, ?, ?, 'IDENTIFIED', ?, ?, ?)""")
            .params(added.id(), assessmentId, iteration, added.title(), added.description(),
                added.threatCategory().name(), added.source(), identifiedBy, Timestamp.from(at), Timestamp.from(at))
            .update();
        registered.add(added);
      } else {
        db.sql("""
            update risk set iteration = ?, title = ?, description = ?, threat_category = ?, source = ?,
              status = 'IDENTIFIED', updated_at = ?
            where id = ?""")
            .params(iteration, risk.title(), risk.description(), risk.threatCategory().name(), risk.source(),
                Timestamp.from(at), risk.id())
            .update();
        db.sql("delete from risk_objective where risk_id = ?").param(risk.id()).update();
        registered.add(risk);
      }
    }
    for (IdentifiedRisk risk : registered) {
      for (String catalogId : risk.threatenedObjectives()) {
        db.sql("insert into risk_objective (risk_id, catalog_id) values (?, ?)").params(risk.id(), catalogId)
            .update();
      }
    }
    db.sql("update risk set status = 'WITHDRAWN', current_step = null, updated_at = ? where assessment_id = ?"
            + " and iteration < ?"
            + " and status <> 'WITHDRAWN'")
        .params(Timestamp.from(at), assessmentId, iteration).update();
    return registered;
  }

  /** The ids of an assessment's risks that are not withdrawn. */
  public List<String> riskIdsOf(String assessmentId) {
    return db.sql("select id from risk where assessment_id = ? and status <> 'WITHDRAWN'").param(assessmentId)
        .query(String.class).list();
  }

  @Transactional(readOnly = true)
  public Optional<AssessmentSummary> assessment(String assessmentId) {
    return db.sql("""
        select a.*, i.scope, i.domains, i.locations, i.decision_level, i.orientation, i.risk_tolerance,
          i.decision_deadline, i.review_horizon
        from risk_assessment a
        join assessment_iteration i on i.assessment_id = a.id and i.iteration = a.current_iteration
        where a.id = ?""")
        .param(assessmentId)
        .query((rs, row) -> new AssessmentSummary(rs.getString("id"), rs.getString("process_instance_id"),
            rs.getString("title"), rs.getString("status"), rs.getInt("current_iteration"),
            rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
            rs.getTimestamp("closed_at") == null ? null : rs.getTimestamp("closed_at").toInstant(),
            context(rs, rs.getString("title"), goalsOf(assessmentId, rs.getInt("current_iteration")))))
        .optional();
  }

  /**
   * A page of assessments, newest first, optionally only those with a status, with a goal or objective at stake in
   * their current iteration, with a risk currently at a level, or with work at a step of the cycle.
   */
  public Page<AssessmentListing> assessments(String status, String catalogId, Level level, CycleStep step, int page,
      int size) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    List<Object> params = new ArrayList<>();
    if (step != null) {
      where.append(" and a.id in (select s.id from risk_assessment s where s.current_step = ?"
          + " union select r.assessment_id from risk r where r.current_step = ?)");
      params.add(step.number());
      params.add(step.number());
    }
    if (status != null) {
      where.append(" and a.status = ?");
      params.add(status);
    }
    if (catalogId != null) {
      where.append(" and exists (select 1 from assessment_goal g where g.assessment_id = a.id"
          + " and g.iteration = a.current_iteration and g.catalog_id = ?)");
      params.add(catalogId);
    }
    if (level != null) {
      where.append(" and exists (select 1 from risk r where r.assessment_id = a.id and r.status <> 'WITHDRAWN'"
          + " and r.current_level = ?)");
      params.add(level.name());
    }
    long total = db.sql("select count(*) from risk_assessment a" + where).params(params).query(Long.class).single();
    List<Object> pageParams = new ArrayList<>(params);
    pageParams.add(size);
    pageParams.add((long) page * size);
    List<AssessmentListing> items = db.sql("""
        select a.id, a.title, a.status, a.current_iteration, a.created_by, a.created_at, i.risk_tolerance,
          (select count(*) from risk r where r.assessment_id = a.id and r.status not in ('WITHDRAWN', 'CLOSED'))
            as open_risks,
          (select max(%s) from risk r where r.assessment_id = a.id and r.status <> 'WITHDRAWN')
            as highest_rank
        from risk_assessment a
        join assessment_iteration i on i.assessment_id = a.id and i.iteration = a.current_iteration"""
            .formatted(LEVEL_RANK) + where + " order by a.created_at desc, a.id desc limit ? offset ?")
        .params(pageParams)
        .query((rs, row) -> new AssessmentListing(rs.getString("id"), rs.getString("title"), rs.getString("status"),
            rs.getInt("current_iteration"), rs.getString("risk_tolerance"), levelOfRank(rs.getInt("highest_rank")),
            rs.getInt("open_risks"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant()))
        .list();
    return Page.of(items, page, size, total);
  }

  /**
   * A page of the register's risks (withdrawn ones left out), most recently changed first, optionally only those at
   * a current level, of a threat category, threatening one of {@code catalogIds} (a goal and its objectives), or
   * owned by a user.
   */
  public Page<RegisteredRisk> risks(Level level, ThreatCategory category, List<String> catalogIds, String owner,
      int page, int size) {
    StringBuilder where = new StringBuilder(" where r.status <> 'WITHDRAWN'");
    List<Object> params = new ArrayList<>();
    if (level != null) {
      where.append(" and r.current_level = ?");
      params.add(level.name());
    }
    if (category != null) {
      where.append(" and r.threat_category = ?");
      params.add(category.name());
    }
    if (catalogIds != null) {
      where.append(threatening(catalogIds));
      params.addAll(catalogIds);
    }
    if (owner != null) {
      where.append(" and r.owner = ?");
      params.add(owner);
    }
    long total = db.sql("select count(*) from risk r" + where).params(params).query(Long.class).single();
    List<Object> pageParams = new ArrayList<>(params);
    pageParams.add(size);
    pageParams.add((long) page * size);
    List<RegisteredRisk> items = db.sql("select r.* from risk r" + where
            + " order by r.updated_at desc, r.id desc limit ? offset ?")
        .params(pageParams)
        .query((rs, row) -> registeredRisk(rs))
        .list();
    return Page.of(withObjectives(items), page, size, total);
  }

  public Optional<RiskHistory> history(String riskId) {
    Optional<RegisteredRisk> risk = db.sql("select * from risk where id = ?").param(riskId)
        .query((rs, row) -> registeredRisk(rs)).optional().map(found -> withObjectives(List.of(found)).get(0));
    return risk.map(found -> new RiskHistory(found,
        db.sql("select * from risk_score where risk_id = ? order by scored_at, id").param(riskId)
            .query((rs, row) -> new RiskHistory.ScoreEntry(rs.getString("kind"), rs.getInt("iteration"),
                rs.getString("likelihood"), rs.getString("impact"), rs.getString("risk_level"),
                rs.getString("risk_tolerance"), rs.getBoolean("exceeds_tolerance"), rs.getString("confidence"),
                rs.getString("rationale"), rs.getString("scored_by"), rs.getTimestamp("scored_at").toInstant()))
            .list(),
        db.sql("select * from risk_decision where risk_id = ? order by decided_at, id").param(riskId)
            .query((rs, row) -> new RiskHistory.DecisionEntry(rs.getString("id"), rs.getInt("iteration"),
                rs.getString("outcome"), rs.getString("treatment"), rs.getBigDecimal("cost"),
                rs.getBigDecimal("benefit"), rs.getString("risk_level"), rs.getString("residual_level"),
                rs.getString("rationale"), rs.getString("decision_authority"), rs.getString("decided_by"),
                rs.getTimestamp("decided_at").toInstant()))
            .list(),
        db.sql("select * from risk_review where risk_id = ? order by reviewed_at, id").param(riskId)
            .query((rs, row) -> new RiskHistory.ReviewEntry(rs.getString("outcome"), rs.getString("observed_level"),
                rs.getString("expected_level"), rs.getString("observed_effect"), rs.getString("reviewed_by"),
                rs.getTimestamp("reviewed_at").toInstant()))
            .list(),
        db.sql("select * from risk_information where risk_id = ? order by received_at, id").param(riskId)
            .query((rs, row) -> new RiskHistory.InformationEntry(rs.getString("summary"), rs.getString("source"),
                rs.getString("reported_by"), rs.getTimestamp("received_at").toInstant()))
            .list()));
  }

  /** The new information reported about an assessment's risks, oldest first, with the risk each was about. */
  public List<ReportedInformation> informationOfAssessment(String assessmentId) {
    return db.sql("""
        select i.risk_id, r.title, i.summary, i.reported_by, i.received_at from risk_information i
        join risk r on r.id = i.risk_id
        where r.assessment_id = ? order by i.received_at, i.id""")
        .param(assessmentId)
        .query((rs, row) -> new ReportedInformation(rs.getString("risk_id"), rs.getString("title"),
            rs.getString("summary"), rs.getString("reported_by"), rs.getTimestamp("received_at").toInstant()))
        .list();
  }

  /**
   * The heat map of the open risks (neither withdrawn nor closed), or of those threatening one of {@code catalogIds}
   * (a goal and its objectives; null for every risk): each of the 25 cells with how many risks stand in it and the
   * highest level recorded for them, grouped from the position kept in each risk's row.
   */
  public HeatMap heatMap(List<String> catalogIds) {
    return new HeatMap(cells(false, catalogIds), cells(true, catalogIds));
  }

  private List<HeatMap.Cell> cells(boolean residual, List<String> catalogIds) {
    String view = residual ? "residual" : "current";
    Map<String, long[]> counted = new HashMap<>();
    List<Object> params = new ArrayList<>(catalogIds == null ? List.of() : catalogIds);
    db.sql("select r." + view + "_likelihood as likelihood, r." + view + "_impact as impact, count(*) as risks,"
            + " max(" + levelRank("r." + view + "_level") + ") as highest_rank from risk r"
            + " where " + OPEN + " and r." + view + "_likelihood is not null" + threatening(catalogIds)
            + " group by r." + view + "_likelihood, r." + view + "_impact")
        .params(params)
        .query((RowCallbackHandler) rs -> counted.put(rs.getString("likelihood") + "/" + rs.getString("impact"),
            new long[] {rs.getLong("risks"), rs.getInt("highest_rank")}));
    List<HeatMap.Cell> cells = new ArrayList<>();
    for (Level likelihood : Level.values()) {
      for (Level impact : Level.values()) {
        long[] cell = counted.getOrDefault(likelihood + "/" + impact, new long[2]);
        cells.add(new HeatMap.Cell(likelihood, impact, cell[0],
            cell[1] == 0 ? null : Level.values()[(int) cell[1] - 1]));
      }
    }
    return cells;
  }

  /**
   * The open risks in one cell of the heat map, by title: at their latest assessment's likelihood and impact, or
   * ({@code residual}) at the expected residual ones of their latest decision.
   */
  public List<PlacedRisk> placedRisks(boolean residual, Level likelihood, Level impact) {
    String view = residual ? "residual" : "current";
    return db.sql("select r.id, r.title, r.assessment_id, r.status, r." + view + "_level as level from risk r"
            + " where " + OPEN + " and r." + view + "_likelihood = ? and r." + view + "_impact = ?"
            + " order by r.title, r.id")
        .params(likelihood.name(), impact.name())
        .query((rs, row) -> new PlacedRisk(rs.getString("id"), rs.getString("title"), rs.getString("assessment_id"),
            rs.getString("status"), likelihood, impact, levelOf(rs.getString("level"))))
        .list();
  }

  /** The condition that a risk threatens one of {@code catalogIds}, whose values follow the query's others. */
  private static String threatening(List<String> catalogIds) {
    return catalogIds == null ? "" : " and exists (select 1 from risk_objective o where o.risk_id = r.id"
        + " and o.catalog_id in (" + String.join(", ", Collections.nCopies(catalogIds.size(), "?")) + "))";
  }

  /**
   * How many open assessments and their risks stand at each step, in the plan's order: an assessment at step 1 or 2
   * by its own tasks, at steps 3 to 6 by its risks (an assessment whose risks stand at two steps counts at both).
   */
  public List<StepCount> portfolio() {
    Map<Integer, Long> ownSteps = new HashMap<>();
    db.sql("""
        select current_step, count(*) as assessments from risk_assessment
        where status <> 'CLOSED' and current_step is not null group by current_step""")
        .query(rs -> {
          ownSteps.put(rs.getInt("current_step"), rs.getLong("assessments"));
        });
    Map<Integer, long[]> riskSteps = new HashMap<>();
    db.sql("""
        select current_step, count(distinct assessment_id) as assessments, count(*) as risks from risk
        where current_step is not null and status not in ('WITHDRAWN', 'CLOSED') group by current_step""")
        .query(rs -> {
          riskSteps.put(rs.getInt("current_step"), new long[] {rs.getLong("assessments"), rs.getLong("risks")});
        });
    return Arrays.stream(CycleStep.values()).map(step -> {
      long[] risks = riskSteps.getOrDefault(step.number(), new long[2]);
      return new StepCount(step, ownSteps.getOrDefault(step.number(), 0L) + risks[0], risks[1]);
    }).toList();
  }

  /** How many decisions were recorded against each goal and objective, by catalog id. */
  public Map<String, Long> decisionsPerGoal() {
    Map<String, Long> decisions = new HashMap<>();
    db.sql("select catalog_id, count(*) as decisions from decision_goal group by catalog_id")
        .query(rs -> {
          decisions.put(rs.getString("catalog_id"), rs.getLong("decisions"));
        });
    return decisions;
  }

  /**
   * A page of decision records, newest first, optionally only those recorded against a goal or objective, by a
   * decider, or decided within a date range (inclusive). Snapshots are left out of lists.
   */
  public Page<DecisionRecordView> decisions(String catalogId, String decidedBy, LocalDate from, LocalDate to,
      int page, int size) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    List<Object> params = new ArrayList<>();
    if (catalogId != null) {
      where.append(" and exists (select 1 from decision_goal g where g.decision_id = d.id and g.catalog_id = ?)");
      params.add(catalogId);
    }
    if (decidedBy != null) {
      where.append(" and d.decided_by = ?");
      params.add(decidedBy);
    }
    if (from != null) {
      where.append(" and d.decided_at >= ?");
      params.add(Timestamp.valueOf(from.atStartOfDay()));
    }
    if (to != null) {
      where.append(" and d.decided_at < ?");
      params.add(Timestamp.valueOf(to.plusDays(1).atStartOfDay()));
    }
    long total = db.sql("select count(*) from risk_decision d" + where).params(params).query(Long.class).single();
    List<Object> pageParams = new ArrayList<>(params);
    pageParams.add(size);
    pageParams.add((long) page * size);
    List<DecisionRecordView> items = db.sql("select d.* from risk_decision d" + where
            + " order by d.decided_at desc, d.id desc limit ? offset ?")
        .params(pageParams).query((rs, row) -> decisionRecord(rs, false)).list();
    return Page.of(withGoals(items), page, size, total);
  }

  public Optional<DecisionRecordView> decision(String decisionId) {
    return db.sql("select * from risk_decision where id = ?").param(decisionId)
        .query((rs, row) -> decisionRecord(rs, true)).optional().map(found -> withGoals(List.of(found)).get(0));
  }

  private List<DecisionRecordView> withGoals(List<DecisionRecordView> decisions) {
    Map<String, List<String>> goals =
        catalogIdsOf("decision_goal", "decision_id", decisions.stream().map(DecisionRecordView::id).toList());
    return decisions.stream()
        .map(decision -> decision.withGoalsAndObjectives(goals.getOrDefault(decision.id(), List.of()))).toList();
  }

  private DecisionRecordView decisionRecord(ResultSet rs, boolean withSnapshot) throws SQLException {
    return new DecisionRecordView(rs.getString("id"), rs.getString("assessment_id"), rs.getString("risk_id"),
        rs.getInt("iteration"),
        rs.getString("outcome"), rs.getString("chosen_alternative_id"), rs.getString("treatment"),
        rs.getBigDecimal("cost"), rs.getBigDecimal("benefit"), rs.getString("risk_level"),
        rs.getString("risk_tolerance"), rs.getString("residual_level"), rs.getString("rationale"),
        rs.getString("decision_authority"), rs.getString("decided_by"), rs.getTimestamp("decided_at").toInstant(),
        rs.getDate("implementation_due") == null ? null : rs.getDate("implementation_due").toLocalDate(), List.of(),
        withSnapshot ? rs.getString("snapshot") : null);
  }

  /** The health of a goal or objective from the open risks threatening any of {@code catalogIds}. */
  public GoalHealth goalHealth(String catalogId, List<String> catalogIds, LocalDate today) {
    return goalHealths(Map.of(catalogId, catalogIds), today).get(catalogId);
  }

  /**
   * The health of several goals or objectives at once, each by the open risks threatening any of its catalog ids
   * (a risk threatening two of them counts once): one read of the open risks' rows and objectives for all of them,
   * starting from the open risks, so that it reads as many rows as there are open risks whatever the history. A
   * risk's residual level is held against the tolerance of the iteration it was last identified in.
   */
  public Map<String, GoalHealth> goalHealths(Map<String, List<String>> catalogIdsOf, LocalDate today) {
    Map<String, List<HealthTally>> talliesOf = new HashMap<>();
    Map<String, HealthTally> tallies = new HashMap<>();
    catalogIdsOf.forEach((target, catalogIds) -> {
      HealthTally tally = new HealthTally(target);
      tallies.put(target, tally);
      catalogIds.forEach(catalogId -> talliesOf.computeIfAbsent(catalogId, id -> new ArrayList<>()).add(tally));
    });
    db.sql("""
        select o.catalog_id, r.id, r.status, r.residual_level, i.risk_tolerance, r.implementation_due,
          r.last_reviewed_at
        from risk r
        join risk_objective o on o.risk_id = r.id
        join assessment_iteration i on i.assessment_id = r.assessment_id and i.iteration = r.iteration
        where""" + " " + OPEN)
        .query((RowCallbackHandler) rs -> {
          List<HealthTally> counting = talliesOf.get(rs.getString("catalog_id"));
          if (counting != null) {
            Date due = rs.getDate("implementation_due");
            Timestamp reviewed = rs.getTimestamp("last_reviewed_at");
            String residual = rs.getString("residual_level");
            boolean above = residual != null
                && Level.valueOf(residual).isAbove(Level.valueOf(rs.getString("risk_tolerance")));
            boolean awaiting = RiskStatus.AWAITING_DECISION.name().equals(rs.getString("status"));
            boolean overdue = RiskStatus.IN_TREATMENT.name().equals(rs.getString("status")) && due != null
                && due.toLocalDate().isBefore(today);
            for (HealthTally tally : counting) {
              tally.count(rs.getString("id"), above, awaiting, overdue,
                  reviewed == null ? null : reviewed.toInstant());
            }
          }
        });
    Map<String, GoalHealth> healths = new HashMap<>();
    tallies.forEach((target, tally) -> healths.put(target, tally.health()));
    return healths;
  }

  /** The open risks counted so far for one goal or objective's health, each once. */
  private static final class HealthTally {

    private final String catalogId;
    private final Set<String> riskIds = new HashSet<>();
    private int above;
    private int awaiting;
    private int overdue;
    private Instant lastReview;

    HealthTally(String catalogId) {
      this.catalogId = catalogId;
    }

    void count(String riskId, boolean aboveTolerance, boolean awaitingDecision, boolean overdueTreatment,
        Instant reviewed) {
      if (!riskIds.add(riskId)) {
        return;
      }
      above += aboveTolerance ? 1 : 0;
      awaiting += awaitingDecision ? 1 : 0;
      overdue += overdueTreatment ? 1 : 0;
      if (reviewed != null && (lastReview == null || reviewed.isAfter(lastReview))) {
        lastReview = reviewed;
      }
    }

    GoalHealth health() {
      return GoalHealth.of(catalogId, riskIds.size(), above, awaiting, overdue, lastReview);
    }
  }

  private RegisteredRisk registeredRisk(ResultSet rs) throws SQLException {
    return new RegisteredRisk(rs.getString("id"), rs.getString("assessment_id"), rs.getString("title"),
        rs.getString("threat_category"), rs.getString("status"), rs.getString("current_level"),
        rs.getString("residual_level"), rs.getString("owner"), List.of(), rs.getTimestamp("updated_at").toInstant());
  }

  /** A risk's current level as its rank (1 for Very low), so that SQL can take the highest; null if unassessed. */
  private static final String LEVEL_RANK = levelRank("r.current_level");

  /** The condition that a risk of the register (alias {@code r}) is open: neither withdrawn nor closed. */
  private static final String OPEN = "r.status in (" + Arrays.stream(RiskStatus.values())
      .filter(status -> status != RiskStatus.WITHDRAWN && status != RiskStatus.CLOSED)
      .map(status -> "'" + status.name() + "'").collect(Collectors.joining(", ")) + ")";

  /** A level column as its rank, 1 for Very low; null where the column is. */
  private static String levelRank(String column) {
    return "case " + column
        + Arrays.stream(Level.values()).map(level -> " when '" + level.name() + "' then " + (level.ordinal() + 1))
            .collect(Collectors.joining()) + " end";
  }

  private static Level levelOf(String name) {
    return name == null ? null : Level.valueOf(name);
  }

  private static String levelOfRank(int rank) {
    return rank == 0 ? null : Level.values()[rank - 1].name();
  }

  /**
   * The catalog ids linked to each of {@code ownerIds} in a link table ({@code risk_objective} by {@code risk_id},
   * {@code decision_goal} by {@code decision_id}), read in one query for a whole list.
   */
  private Map<String, List<String>> catalogIdsOf(String linkTable, String ownerColumn, List<String> ownerIds) {
    Map<String, List<String>> linked = new HashMap<>();
    if (ownerIds.isEmpty()) {
      return linked;
    }
    db.sql("select " + ownerColumn + ", catalog_id from " + linkTable + " where " + ownerColumn + " in ("
            + String.join(", ", Collections.nCopies(ownerIds.size(), "?")) + ") order by catalog_id")
        .params(new ArrayList<Object>(ownerIds))
        .query((RowCallbackHandler) rs -> linked.computeIfAbsent(rs.getString(1), id -> new ArrayList<>())
            .add(rs.getString(2)));
    return linked;
  }

  private List<RegisteredRisk> withObjectives(List<RegisteredRisk> risks) {
    Map<String, List<String>> objectives =
        catalogIdsOf("risk_objective", "risk_id", risks.stream().map(RegisteredRisk::id).toList());
    return risks.stream()
        .map(risk -> risk.withThreatenedObjectives(objectives.getOrDefault(risk.id(), List.of()))).toList();
  }

  /** The assessment's risks that are not withdrawn, by title. */
  public List<RiskSummary> risksOf(String assessmentId) {
    List<RiskSummary> risks = db.sql(
            "select * from risk where assessment_id = ? and status <> 'WITHDRAWN' order by title")
        .param(assessmentId)
        .query((rs, row) -> new RiskSummary(rs.getString("id"), rs.getString("title"),
            rs.getString("threat_category"), rs.getString("status"), rs.getString("current_level"),
            rs.getString("residual_level"), rs.getString("owner"), stepOf(rs), List.of()))
        .list();
    Map<String, List<String>> objectives =
        catalogIdsOf("risk_objective", "risk_id", risks.stream().map(RiskSummary::id).toList());
    return risks.stream()
        .map(risk -> risk.withThreatenedObjectives(objectives.getOrDefault(risk.id(), List.of()))).toList();
  }

  private static CycleStep stepOf(ResultSet rs) throws SQLException {
    int step = rs.getInt("current_step");
    return rs.wasNull() ? null : CycleStep.ofNumber(step);
  }

  /** The steps the assessment's own tasks and its open risks are at. */
  public List<CycleStep> currentSteps(String assessmentId) {
    return db.sql("""
        select current_step from risk_assessment where id = ? and current_step is not null
        union
        select current_step from risk where assessment_id = ? and current_step is not null
        order by 1""")
        .params(assessmentId, assessmentId).query(Integer.class).list().stream().map(CycleStep::ofNumber).toList();
  }

  /** Every decision on the assessment's risks, oldest first, without snapshots. */
  public List<DecisionRecordView> decisionsOfAssessment(String assessmentId) {
    return withGoals(db.sql("select * from risk_decision where assessment_id = ? order by decided_at, id")
        .param(assessmentId).query((rs, row) -> decisionRecord(rs, false)).list());
  }

  private List<String> goalsOf(String assessmentId, int iteration) {
    return db.sql("""
        select catalog_id from assessment_goal where assessment_id = ? and iteration = ? order by catalog_id""")
        .params(assessmentId, iteration).query(String.class).list();
  }

  private List<String> objectivesOf(String riskId) {
    return db.sql("select catalog_id from risk_objective where risk_id = ? order by catalog_id")
        .param(riskId).query(String.class).list();
  }

  private static AssessmentContext context(ResultSet rs, String title, List<String> goals) throws SQLException {
    return new AssessmentContext(title, rs.getString("scope"),
        codes(rs.getString("domains"), Domain.class), codes(rs.getString("locations"), Location.class),
        DecisionLevel.valueOf(rs.getString("decision_level")), Orientation.valueOf(rs.getString("orientation")),
        goals, Level.valueOf(rs.getString("risk_tolerance")), rs.getDate("decision_deadline").toLocalDate(),
        rs.getDate("review_horizon").toLocalDate());
  }

  @Transactional(readOnly = true)
  public Optional<RiskInContext> riskInContext(String riskId) {
    return db.sql("""
        select r.*, i.iteration as context_iteration, i.title as context_title, i.scope, i.domains, i.locations,
          i.decision_level, i.orientation, i.risk_tolerance, i.decision_deadline, i.review_horizon
        from risk r
        join risk_assessment a on a.id = r.assessment_id
        join assessment_iteration i on i.assessment_id = a.id and i.iteration = a.current_iteration
        where r.id = ?""")
        .param(riskId)
        .query((rs, row) -> riskInContext(rs))
        .optional();
  }

  private RiskInContext riskInContext(ResultSet rs) throws SQLException {
    String assessmentId = rs.getString("assessment_id");
    int iteration = rs.getInt("context_iteration");
    AssessmentContext context = context(rs, rs.getString("context_title"), goalsOf(assessmentId, iteration));
    String riskId = rs.getString("id");
    return new RiskInContext(riskId, assessmentId, iteration, context, rs.getString("title"),
        rs.getString("description"), ThreatCategory.valueOf(rs.getString("threat_category")), objectivesOf(riskId),
        rs.getString("source"));
  }

  public void recordScore(String riskId, int iteration, Score score, String scoredBy, Instant at) {
    db.sql("""
        insert into risk_score (id, risk_id, iteration, kind, likelihood, impact, risk_level, risk_tolerance,
          exceeds_tolerance, vulnerability, consequence, confidence, rationale, scored_by, scored_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(UUID.randomUUID().toString(), riskId, iteration, score.kind().name(), score.likelihood().name(),
            score.impact().name(), score.riskLevel().name(), score.riskTolerance().name(), score.exceedsTolerance(),
            score.vulnerability(), score.consequence(),
            score.confidence() == null ? null : score.confidence().name(), score.rationale(), scoredBy,
            Timestamp.from(at))
        .update();
    if (score.kind() == Score.Kind.ASSESSMENT) {
      db.sql("""
          update risk set current_level = ?, current_likelihood = ?, current_impact = ?, status = ?, updated_at = ?
          where id = ?""")
          .params(score.riskLevel().name(), score.likelihood().name(), score.impact().name(),
              (score.exceedsTolerance() ? RiskStatus.AWAITING_DECISION : RiskStatus.ASSESSED).name(),
              Timestamp.from(at), riskId)
          .update();
    }
  }

  /** Records a round of alternatives, ranked, giving each its register id. */
  public List<Alternative> recordAlternatives(String riskId, int round, List<Alternative> ranked,
      String developedBy, Instant at) {
    List<Alternative> recorded = new ArrayList<>();
    for (Alternative alternative : ranked) {
      String id = UUID.randomUUID().toString();
      db.sql("""
          insert into risk_alternative (id, risk_id, round, ranking, treatment, description, cost, benefit,
            net_benefit, residual_likelihood, residual_impact, residual_level, within_tolerance, owner,
            developed_by, developed_at)
          values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(id, riskId, round, alternative.rank(), alternative.treatment().name(), alternative.description(),
              alternative.cost(), alternative.benefit(), alternative.netBenefit(),
              alternative.residualLikelihood().name(), alternative.residualImpact().name(),
              alternative.residualLevel().name(), alternative.withinTolerance(), alternative.owner(), developedBy,
              Timestamp.from(at))
          .update();
      recorded.add(alternative.withId(id));
    }
    return recorded;
  }

  /** The number of the next round of alternatives for a risk. */
  public int nextAlternativesRound(String riskId) {
    return db.sql("select coalesce(max(round), 0) + 1 from risk_alternative where risk_id = ?").param(riskId)
        .query(Integer.class).single();
  }

  /** The alternatives of a risk's latest round, best ranked first. */
  public List<Alternative> latestAlternatives(String riskId) {
    return db.sql("""
        select * from risk_alternative
        where risk_id = ? and round = (select max(round) from risk_alternative where risk_id = ?)
        order by ranking""")
        .params(riskId, riskId)
        .query((rs, row) -> new Alternative(rs.getString("id"), rs.getInt("ranking"),
            Treatment.valueOf(rs.getString("treatment")), rs.getString("description"), rs.getBigDecimal("cost"),
            rs.getBigDecimal("benefit"), Level.valueOf(rs.getString("residual_likelihood")),
            Level.valueOf(rs.getString("residual_impact")), Level.valueOf(rs.getString("residual_level")),
            rs.getBoolean("within_tolerance"), rs.getString("owner")))
        .list();
  }

  public void recordDecision(DecisionRecord decision) {
    Alternative chosen = decision.chosen();
    db.sql("""
        insert into risk_decision (id, assessment_id, risk_id, iteration, outcome, chosen_alternative_id, treatment,
          cost, benefit, residual_level, risk_level, risk_tolerance, rationale, decision_authority, decided_by,
          decided_at, implementation_due, snapshot)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(decision.id(), decision.assessmentId(), decision.riskId(), decision.iteration(), decision.outcome(),
            chosen == null ? null : chosen.id(), chosen == null ? null : chosen.treatment().name(),
            chosen == null ? null : chosen.cost(), chosen == null ? null : chosen.benefit(),
            chosen == null ? null : chosen.residualLevel().name(), decision.riskLevel().name(),
            decision.riskTolerance().name(), decision.rationale(), decision.decisionAuthority(),
            decision.decidedBy(), Timestamp.from(decision.decidedAt()),
            decision.implementationDue() == null ? null : Date.valueOf(decision.implementationDue()),
            decision.snapshot())
        .update();
    for (String catalogId : decision.goalsAndObjectives()) {
      db.sql("insert into decision_goal (decision_id, catalog_id) values (?, ?)")
          .params(decision.id(), catalogId).update();
    }
    if (decision.placesRisk()) {
      // accepted within tolerance, the risk stays as assessed; else where the chosen alternative expects it
      db.sql("""
          update risk set residual_likelihood = coalesce(?, current_likelihood),
            residual_impact = coalesce(?, current_impact), residual_level = ?, implementation_due = ?,
            owner = coalesce(?, owner)
          where id = ?""")
          .params(chosen == null ? null : chosen.residualLikelihood().name(),
              chosen == null ? null : chosen.residualImpact().name(),
              (chosen == null ? decision.riskLevel() : chosen.residualLevel()).name(),
              decision.implementationDue() == null ? null : Date.valueOf(decision.implementationDue()),
              chosen == null ? null : chosen.owner(), decision.riskId())
          .update();
    }
  }

  /**
   * Sets the status of a risk. Monitored, it is at step 6 (waiting for its review); closed or withdrawn, at no step.
   * Its residual level and owner come with the decision that places it ({@link #recordDecision}).
   */
  public void updateRisk(String riskId, RiskStatus status, Instant at) {
    Integer step = switch (status) {
      case MONITORED -> CycleStep.MONITOR.number();
      case CLOSED, WITHDRAWN -> null;
      default -> -1;
    };
    db.sql("""
        update risk set status = ?, updated_at = ?, current_step = case when ? = -1 then current_step else ? end
        where id = ?""")
        .params(status.name(), Timestamp.from(at), step, step, riskId)
        .update();
  }

  public void recordImplementation(String decisionId, String notes, String implementedBy, Instant at) {
    db.sql("""
        insert into risk_implementation (id, decision_id, notes, implemented_by, implemented_at)
        values (?, ?, ?, ?, ?)""")
        .params(UUID.randomUUID().toString(), decisionId, notes, implementedBy, Timestamp.from(at)).update();
  }

  public void recordReview(String riskId, String decisionId, Level observedLevel, Level expectedLevel,
      String observedEffect, String outcome, String reviewedBy, Instant at) {
    db.sql("""
        insert into risk_review (id, risk_id, decision_id, observed_level, expected_level, observed_effect, outcome,
          reviewed_by, reviewed_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(UUID.randomUUID().toString(), riskId, decisionId, observedLevel.name(), expectedLevel.name(),
            observedEffect, outcome, reviewedBy, Timestamp.from(at))
        .update();
    db.sql("update risk set last_reviewed_at = ? where id = ?").params(Timestamp.from(at), riskId).update();
  }

  /** @param productId the intelligence product the information comes from, or null */
  public void recordInformation(String riskId, String summary, String source, String reportedBy, String productId,
      Instant at) {
    db.sql("""
        insert into risk_information (id, risk_id, summary, source, reported_by, product_id, received_at)
        values (?, ?, ?, ?, ?, ?, ?)""")
        .params(UUID.randomUUID().toString(), riskId, summary, source, reportedBy, productId, Timestamp.from(at))
        .update();
  }

  public List<RiskReference> openRisks() {
    return db.sql("""
        select id, title, current_level, status from risk where status not in ('CLOSED', 'WITHDRAWN')
        order by identified_at desc, title""")
        .query((rs, row) -> riskReference(rs)).list();
  }

  /** Holds the risk's row until the transaction ends, so that changes to one risk are made one after another. */
  public void lockRisk(String riskId) {
    db.sql("select id from risk where id = ? for update").param(riskId).query(String.class).optional();
  }

  public Optional<RiskReference> riskReference(String riskId) {
    return db.sql("select id, title, current_level, status from risk where id = ?").param(riskId)
        .query((rs, row) -> riskReference(rs)).optional();
  }

  private static RiskReference riskReference(ResultSet rs) throws SQLException {
    return new RiskReference(rs.getString("id"), rs.getString("title"), levelOf(rs.getString("current_level")),
        rs.getString("status"));
  }

  public void setAssessmentStep(String assessmentId, CycleStep step) {
    db.sql("update risk_assessment set current_step = ? where id = ?")
        .params(step == null ? null : step.number(), assessmentId).update();
  }

  public void setRiskStep(String riskId, CycleStep step) {
    db.sql("update risk set current_step = ? where id = ?").params(step.number(), riskId).update();
  }

  public void closeAssessment(String assessmentId, Instant at) {
    db.sql("update risk_assessment set status = 'CLOSED', closed_at = ? where id = ?")
        .params(Timestamp.from(at), assessmentId).update();
  }

  private static String joined(List<? extends Enum<?>> codes) {
    return codes.stream().map(Enum::name).collect(Collectors.joining(","));
  }

  private static <E extends Enum<E>> List<E> codes(String joined, Class<E> type) {
    return Arrays.stream(joined.split(",")).map(code -> Enum.valueOf(type, code)).toList();
  }
}
