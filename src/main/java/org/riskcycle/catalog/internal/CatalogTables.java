package org.riskcycle.catalog.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.riskcycle.catalog.Goal;
import org.riskcycle.catalog.Measure;
import org.riskcycle.catalog.Objective;
import org.riskcycle.catalog.Plan;
import org.riskcycle.catalog.SourceReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The catalog tables: written by the loader, read by {@link org.riskcycle.catalog.GoalCatalog}. */
@Repository
public class CatalogTables {

  private static final String GOALS_OF_PLAN = "plan_id = :plan";
  private static final String OBJECTIVES_OF_PLAN = "goal_id in (select id from catalog_goal where plan_id = :plan)";
  private static final String MEASURES_OF_PLAN = "objective_id in (select o.id from catalog_objective o"
      + " join catalog_goal g on g.id = o.goal_id where g.plan_id = :plan)";

  private final JdbcClient jdbc;

  CatalogTables(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** What writing a plan changed. */
  record Changes(int added, int updated, int retired) {

    Changes plus(Changes other) {
      return new Changes(added + other.added, updated + other.updated, retired + other.retired);
    }
  }

  Changes write(Plan plan, String catalogFile, int position) {
    Changes changes = upsert("catalog_plan", plan.id(), columns(
        "title", plan.title(), "issuer", plan.issuer(), "period", plan.period(),
        "source_file", plan.source().file(), "source_line", plan.source().line(),
        "catalog_file", catalogFile, "position", position));
    List<String> goalIds = new ArrayList<>();
    List<String> objectiveIds = new ArrayList<>();
    List<String> measureIds = new ArrayList<>();
    for (int g = 0; g < plan.goals().size(); g++) {
      Goal goal = plan.goals().get(g);
      goalIds.add(goal.id());
      changes = changes.plus(upsert("catalog_goal", goal.id(), columns(
          "plan_id", plan.id(), "code", goal.code(), "title", goal.title(), "description", goal.description(),
          "source_line", goal.source().line(), "position", g)));
      for (int o = 0; o < goal.objectives().size(); o++) {
        Objective objective = goal.objectives().get(o);
        objectiveIds.add(objective.id());
        changes = changes.plus(upsert("catalog_objective", objective.id(), columns(
            "goal_id", goal.id(), "code", objective.code(), "title", objective.title(),
            "description", objective.description(), "source_line", objective.source().line(), "position", o)));
        for (int m = 0; m < objective.measures().size(); m++) {
          Measure measure = objective.measures().get(m);
          measureIds.add(measure.id());
          changes = changes.plus(upsert("catalog_measure", measure.id(), columns(
              "objective_id", objective.id(), "code", measure.code(), "title", measure.title(),
              "measure_type", measure.type(), "source_line", measure.source().line(), "position", m)));
        }
      }
    }
    return changes.plus(retireMissing(plan.id(), goalIds, objectiveIds, measureIds));
  }

  /** Retires the plans whose file is gone, with all their entries. */
  int retirePlansOtherThan(Set<String> planIds) {
    List<String> gone = jdbc.sql("select id from catalog_plan where retired = false").query(String.class).list()
        .stream().filter(id -> !planIds.contains(id)).toList();
    for (String planId : gone) {
      retireMissing(planId, List.of(), List.of(), List.of());
      jdbc.sql("update catalog_plan set retired = true where id = :id").param("id", planId).update();
    }
    return gone.size();
  }

  private Changes retireMissing(String planId, List<String> goalIds, List<String> objectiveIds,
      List<String> measureIds) {
    int retired = retireMissing("catalog_goal", GOALS_OF_PLAN, planId, goalIds)
        + retireMissing("catalog_objective", OBJECTIVES_OF_PLAN, planId, objectiveIds)
        + retireMissing("catalog_measure", MEASURES_OF_PLAN, planId, measureIds);
    return new Changes(0, 0, retired);
  }

  private int retireMissing(String table, String ofPlan, String planId, List<String> keep) {
    List<String> retire = jdbc.sql("select id from " + table + " where retired = false and " + ofPlan)
        .param("plan", planId).query(String.class).list()
        .stream().filter(id -> !keep.contains(id)).toList();
    retire.forEach(id -> jdbc.sql("update " + table + " set retired = true where id = :id").param("id", id).update());
    return retire.size();
  }

  /** The current plans with their current goals, objectives and measures, in the order of the sources. */
  public List<Plan> currentPlans() {
    Map<String, List<Goal>> goals = goals("g.retired = false", Map.of()).stream()
        .collect(Collectors.groupingBy(Goal::planId, LinkedHashMap::new, Collectors.toList()));
    return jdbc.sql("""
            select id, title, issuer, period, source_file, source_line
            from catalog_plan where retired = false order by position""")
        .query((rs, n) -> new Plan(rs.getString("id"), rs.getString("title"), rs.getString("issuer"),
            rs.getString("period"), new SourceReference(rs.getString("source_file"), rs.getInt("source_line")),
            goals.getOrDefault(rs.getString("id"), List.of())))
        .list();
  }

  /** A goal of a current plan, retired or not, with its current objectives. */
  public Optional<Goal> goal(String goalId) {
    return goals("g.id = :id", Map.of("id", goalId)).stream().findFirst();
  }

  /** An objective of a current plan, retired or not, with its current measures. */
  public Optional<Objective> objective(String objectiveId) {
    return objectives("o.id = :id", Map.of("id", objectiveId)).stream().findFirst();
  }

  /** Goals of current plans chosen by {@code scope}, a condition on {@code g}, with their current objectives. */
  private List<Goal> goals(String scope, Map<String, ?> params) {
    Map<String, List<Objective>> objectives = objectives("o.retired = false and " + scope, params).stream()
        .collect(Collectors.groupingBy(Objective::goalId, LinkedHashMap::new, Collectors.toList()));
    return jdbc.sql("""
            select g.id, g.plan_id, g.code, g.title, g.description, g.source_line, g.retired, p.source_file
            from catalog_goal g join catalog_plan p on p.id = g.plan_id
            where p.retired = false and %s order by p.position, g.position""".formatted(scope))
        .params(params)
        .query((rs, n) -> new Goal(rs.getString("id"), rs.getString("plan_id"), rs.getString("code"),
            rs.getString("title"), rs.getString("description"), source(rs), rs.getBoolean("retired"),
            objectives.getOrDefault(rs.getString("id"), List.of())))
        .list();
  }

  /** Objectives of current plans chosen by {@code scope}, a condition on {@code o} and {@code g}. */
  private List<Objective> objectives(String scope, Map<String, ?> params) {
    Map<String, List<Measure>> measures = jdbc.sql("""
            select m.id, m.objective_id, m.code, m.title, m.measure_type, m.source_line, m.retired, p.source_file
            from catalog_measure m join catalog_objective o on o.id = m.objective_id
            join catalog_goal g on g.id = o.goal_id join catalog_plan p on p.id = g.plan_id
            where p.retired = false and m.retired = false and %s order by m.position""".formatted(scope))
        .params(params)
        .query((rs, n) -> new Measure(rs.getString("id"), rs.getString("objective_id"), rs.getString("code"),
            rs.getString("title"), rs.getString("measure_type"), source(rs), rs.getBoolean("retired")))
        .list().stream()
        .collect(Collectors.groupingBy(Measure::objectiveId, LinkedHashMap::new, Collectors.toList()));
    return jdbc.sql("""
            select o.id, o.goal_id, o.code, o.title, o.description, o.source_line, o.retired, p.source_file
            from catalog_objective o join catalog_goal g on g.id = o.goal_id join catalog_plan p on p.id = g.plan_id
            where p.retired = false and %s order by g.position, o.position""".formatted(scope))
        .params(params)
        .query((rs, n) -> new Objective(rs.getString("id"), rs.getString("goal_id"), rs.getString("code"),
            rs.getString("title"), rs.getString("description"), source(rs), rs.getBoolean("retired"),
            measures.getOrDefault(rs.getString("id"), List.of())))
        .list();
  }

  private static SourceReference source(ResultSet row) throws SQLException {
    return new SourceReference(row.getString("source_file"), row.getInt("source_line"));
  }

  private static Map<String, Object> columns(Object... namesAndValues) {
    Map<String, Object> columns = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      columns.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return columns;
  }

  private Changes upsert(String table, String id, Map<String, Object> columns) {
    String names = String.join(", ", columns.keySet());
    List<Map<String, Object>> existing = jdbc.sql("select " + names + ", retired from " + table + " where id = :id")
        .param("id", id).query().listOfRows();
    Map<String, Object> values = new LinkedHashMap<>(columns);
    values.put("retired", false);
    if (existing.isEmpty()) {
      String placeholders = values.keySet().stream().map(name -> ":" + name).collect(Collectors.joining(", "));
      jdbc.sql("insert into " + table + " (id, " + String.join(", ", values.keySet()) + ") values (:id, "
          + placeholders + ")").param("id", id).params(values).update();
      return new Changes(1, 0, 0);
    }
    if (sameValues(existing.get(0), values)) {
      return new Changes(0, 0, 0);
    }
    String assignments = values.keySet().stream().map(name -> name + " = :" + name)
        .collect(Collectors.joining(", "));
    jdbc.sql("update " + table + " set " + assignments + " where id = :id").param("id", id).params(values).update();
    return new Changes(0, 1, 0);
  }

  private static boolean sameValues(Map<String, Object> row, Map<String, Object> values) {
    // H2 reports column names in upper case, PostgreSQL in lower case
    Map<String, Object> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    byName.putAll(row);
    return values.entrySet().stream().allMatch(entry -> Objects.equals(
        normalize(byName.get(entry.getKey())), normalize(entry.getValue())));
  }

  private static Object normalize(Object value) {
    return value instanceof Number number ? number.longValue() : value;
  }
}
