package org.riskcycle.catalog.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.riskcycle.catalog.Goal;
import org.riskcycle.catalog.Measure;
import org.riskcycle.catalog.Objective;
import org.riskcycle.catalog.Plan;
import org.riskcycle.catalog.SourceReference;
import org.riskcycle.catalog.internal.CatalogFile.GoalEntry;
import org.riskcycle.catalog.internal.CatalogFile.MeasureEntry;
import org.riskcycle.catalog.internal.CatalogFile.ObjectiveEntry;
import org.riskcycle.catalog.internal.CatalogFile.PlanEntry;
import org.riskcycle.configuration.InvalidConfigurationException;

/**
 * Reads one catalog file and checks it: every entry has an id, a title and a source line; ids are unique; every
 * objective belongs to the goal it is listed under; measure types are the plans' own. Any fault names the file and
 * the entry.
 */
class CatalogFileReader {

  static final Set<String> MEASURE_TYPES = Set.of("Rate/Efficiency", "Efficiency", "Outcome", "Output");
  private static final Pattern PLAN_ID = Pattern.compile("[A-Z][A-Z0-9]{1,31}");
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9]+(\\.[A-Za-z0-9]+)*");

  private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  Plan read(String fileName, InputStream content) {
    CatalogFile file;
    try {
      byte[] bytes = content.readAllBytes();
      if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
        throw fault(fileName, "is empty");
      }
      file = yaml.readValue(bytes, CatalogFile.class);
    } catch (JsonProcessingException e) {
      JsonLocation location = e.getLocation();
      String where = location == null ? "" : " at line " + location.getLineNr();
      throw fault(fileName, "is not a valid catalog file" + where + ": " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw fault(fileName, "cannot be read: " + e.getMessage(), e);
    }
    return new Checker(fileName).plan(file);
  }

  private static InvalidConfigurationException fault(String fileName, String problem) {
    return fault(fileName, problem, null);
  }

  private static InvalidConfigurationException fault(String fileName, String problem, Throwable cause) {
    return new InvalidConfigurationException("Strategic goal catalog file " + fileName + " " + problem,
        "Correct the file (its entries are described in docs/decisions/0007-goal-catalog-as-versioned-data.md) "
            + "and start RiskCycle again.", cause);
  }

  private static final class Checker {

    private final String fileName;
    private final Set<String> ids = new HashSet<>();

    Checker(String fileName) {
      this.fileName = fileName;
    }

    Plan plan(CatalogFile file) {
      PlanEntry plan = file.plan();
      if (plan == null || isBlank(plan.id())) {
        throw fault(fileName, "lists goals of an unknown plan: it needs a 'plan' section with an 'id'");
      }
      if (!PLAN_ID.matcher(plan.id()).matches()) {
        throw fault(fileName, "names plan '" + plan.id() + "': a plan id is 2-32 capital letters and digits");
      }
      String planId = plan.id();
      require(plan.title(), "plan " + planId, "title");
      require(plan.source(), "plan " + planId, "source");
      int planLine = line(plan.line(), "plan " + planId);
      List<GoalEntry> goalEntries = file.goals() == null ? List.of() : file.goals();
      if (goalEntries.isEmpty()) {
        throw fault(fileName, "has no goals for plan " + planId);
      }
      List<Goal> goals = new ArrayList<>();
      for (GoalEntry goal : goalEntries) {
        goals.add(goal(planId, plan.source(), goal));
      }
      return new Plan(planId, plan.title(), plan.issuer(), plan.period(),
          new SourceReference(plan.source(), planLine), goals);
    }

    private Goal goal(String planId, String source, GoalEntry entry) {
      String code = code(entry.id(), "a goal of plan " + planId);
      String what = "goal " + code;
      unique(code, what);
      require(entry.title(), what, "title");
      int line = line(entry.line(), what);
      String goalId = planId + "-" + code;
      List<Objective> objectives = new ArrayList<>();
      for (ObjectiveEntry objective : entry.objectives() == null ? List.<ObjectiveEntry>of() : entry.objectives()) {
        objectives.add(objective(goalId, code, source, objective));
      }
      return new Goal(goalId, planId, code, entry.title(), entry.description(), new SourceReference(source, line),
          false, objectives);
    }

    private Objective objective(String goalId, String goalCode, String source, ObjectiveEntry entry) {
      String code = code(entry.id(), "an objective under goal " + goalCode);
      String what = "objective " + code;
      if (!code.startsWith(goalCode + ".")) {
        String named = code.contains(".") ? code.substring(0, code.lastIndexOf('.')) : code;
        throw fault(fileName, "lists " + what + " under goal " + goalCode + ", but the objective belongs to goal "
            + named + ": every objective must be listed under its own goal");
      }
      unique(code, what);
      require(entry.title(), what, "title");
      int line = line(entry.line(), what);
      String objectiveId = goalId.substring(0, goalId.indexOf('-') + 1) + code;
      List<Measure> measures = new ArrayList<>();
      Set<String> measureCodes = new HashSet<>();
      for (MeasureEntry measure : entry.measures() == null ? List.<MeasureEntry>of() : entry.measures()) {
        measures.add(measure(objectiveId, code, source, measure, measureCodes));
      }
      return new Objective(objectiveId, goalId, code, entry.title(), entry.description(),
          new SourceReference(source, line), false, measures);
    }

    private Measure measure(String objectiveId, String objectiveCode, String source, MeasureEntry entry,
        Set<String> measureCodes) {
      String code = code(entry.id(), "a measure of objective " + objectiveCode);
      String what = "measure " + code + " of objective " + objectiveCode;
      if (!measureCodes.add(code)) {
        throw fault(fileName, "has a duplicate id: " + what + " appears twice");
      }
      require(entry.title(), what, "title");
      if (!MEASURE_TYPES.contains(entry.type())) {
        throw fault(fileName, "gives " + what + " the type '" + entry.type() + "'; the types are "
            + String.join(", ", MEASURE_TYPES.stream().sorted().toList()));
      }
      int line = line(entry.line(), what);
      return new Measure(objectiveId + "-" + code, objectiveId, code, entry.title(), entry.type(),
          new SourceReference(source, line), false);
    }

    private String code(String code, String what) {
      if (isBlank(code)) {
        throw fault(fileName, "has " + what + " without an id");
      }
      if (!CODE.matcher(code).matches()) {
        throw fault(fileName, "has " + what + " with the id '" + code
            + "': ids are letters and digits separated by dots, as in the source");
      }
      return code;
    }

    private void unique(String code, String what) {
      if (!ids.add(code)) {
        throw fault(fileName, "has a duplicate id: " + what + " appears twice");
      }
    }

    private void require(String value, String what, String field) {
      if (isBlank(value)) {
        throw fault(fileName, "has " + what + " without a " + field);
      }
    }

    private int line(Integer line, String what) {
      if (line == null || line < 1) {
        throw fault(fileName, "has " + what + " without its source line");
      }
      return line;
    }

    private static boolean isBlank(String value) {
      return value == null || value.isBlank();
    }
  }
}
