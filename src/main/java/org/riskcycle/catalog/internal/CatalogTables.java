package org.riskcycle.catalog.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

  /** Every plan with all its entries, retired ones included, in the order of the sources. */
  public List<Plan> readAll() {
    Map<String, List<Measure>> measures = jdbc.sql("""
            select id, objective_id, code, title, measure_type, source_line, retired
            from catalog_measure order by objective_id, position""")
        .query((rs, n) -> new Measure(rs.getString("id"), rs.getString("objective_id"), rs.getString("code"),
            rs.getString("title"), rs.getString("measure_type"), new SourceReference(null, rs.getInt("source_line")),
            rs.getBoolean("retired")))
        .list().stream().collect(Collectors.groupingBy(Measure::objectiveId, LinkedHashMap::new, Collectors.toList()));
    Map<String, List<Objective>> objectives = jdbc.sql("""
            select id, goal_id, code, title, description, source_line, retired
            from catalog_objective order by goal_id, position""")
        .query((rs, n) -> new Objective(rs.getString("id"), rs.getString("goal_id"), rs.getString("code"),
            rs.getString("title"), rs.getString("description"), new SourceReference(null, rs.getInt("source_line")),
            rs.getBoolean("retired"), measures.getOrDefault(rs.getString("id"), List.of())))
        .list().stream().collect(Collectors.groupingBy(Objective::goalId, LinkedHashMap::new, Collectors.toList()));
    Map<String, List<Goal>> goals = jdbc.sql("""
            select id, plan_id, code, title, description, source_line, retired
            from catalog_goal order by plan_id, position""")
        .query((rs, n) -> new Goal(rs.getString("id"), rs.getString("plan_id"), rs.getString("code"),
            rs.getString("title"), rs.getString("description"), new SourceReference(null, rs.getInt("source_line")),
            rs.getBoolean("retired"), objectives.getOrDefault(rs.getString("id"), List.of())))
        .list().stream().collect(Collectors.groupingBy(Goal::planId, LinkedHashMap::new, Collectors.toList()));
    return jdbc.sql("""
            select id, title, issuer, period, source_file, source_line
            from catalog_plan where retired = false order by position""")
        .query((rs, n) -> withSourceFile(new Plan(rs.getString("id"), rs.getString("title"), rs.getString("issuer"),
            rs.getString("period"), new SourceReference(rs.getString("source_file"), rs.getInt("source_line")),
            goals.getOrDefault(rs.getString("id"), List.of()))))
        .list();
  }

  /** Entries share their plan's source file; the tables store it once, with the plan. */
  private static Plan withSourceFile(Plan plan) {
    String file = plan.source().file();
    return new Plan(plan.id(), plan.title(), plan.issuer(), plan.period(), plan.source(), plan.goals().stream()
        .map(goal -> new Goal(goal.id(), goal.planId(), goal.code(), goal.title(), goal.description(),
            new SourceReference(file, goal.source().line()), goal.retired(), goal.objectives().stream()
            .map(objective -> new Objective(objective.id(), objective.goalId(), objective.code(), objective.title(),
                objective.description(), new SourceReference(file, objective.source().line()), objective.retired(),
                objective.measures().stream()
                    .map(measure -> new Measure(measure.id(), measure.objectiveId(), measure.code(), measure.title(),
                        measure.type(), new SourceReference(file, measure.source().line()), measure.retired()))
                    .toList()))
            .toList()))
        .toList());
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
