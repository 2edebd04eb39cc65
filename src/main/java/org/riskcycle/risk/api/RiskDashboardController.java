package org.riskcycle.risk.api;

import io.swagger.v3.oas.annotations.Hidden;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.riskcycle.api.Page;
import org.riskcycle.api.Paging;
import org.riskcycle.api.ProblemException;
import org.riskcycle.catalog.GoalCatalog;
import org.riskcycle.catalog.Goal;
import org.riskcycle.engine.EngineClock;
import org.riskcycle.risk.CycleStep;
import org.riskcycle.risk.Level;
import org.riskcycle.risk.api.RiskDashboard.GoalFigure;
import org.riskcycle.risk.api.RiskDashboard.ObjectiveFigure;
import org.riskcycle.risk.api.RiskDashboard.Portfolio;
import org.riskcycle.risk.api.RiskDashboard.StepFigure;
import org.riskcycle.risk.register.AssessmentListing;
import org.riskcycle.risk.register.GoalHealth;
import org.riskcycle.risk.register.HeatMap;
import org.riskcycle.risk.register.PlacedRisk;
import org.riskcycle.risk.register.RiskRegister;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The data of the managers' dashboard about risk: the portfolio by step with cycle times, the heat map and the risks
 * in each cell, the strategic goals, and each assessment's record. Read by risk managers, executives and auditors
 * (see the access module); not part of the integrator API.
 */
@Hidden
@RestController
@RequestMapping("/dashboard/data")
class RiskDashboardController {

  /** How far back the cycle times of the steps look. */
  static final int CYCLE_TIME_WINDOW_DAYS = 90;

  /** How many of each step's most recently completed tasks the cycle times are computed from, at most. */
  static final int CYCLE_TIME_SAMPLE = 500;

  private final RiskRegister register;
  private final GoalCatalog catalog;
  private final StepDurations stepDurations;
  private final AssessmentTrail trail;

  RiskDashboardController(RiskRegister register, GoalCatalog catalog, StepDurations stepDurations,
      AssessmentTrail trail) {
    this.register = register;
    this.catalog = catalog;
    this.stepDurations = stepDurations;
    this.trail = trail;
  }

  @GetMapping("/portfolio")
  Portfolio portfolio() {
    Map<CycleStep, List<Long>> durations = stepDurations.recent(
        EngineClock.now().minus(Duration.ofDays(CYCLE_TIME_WINDOW_DAYS)), CYCLE_TIME_SAMPLE);
    List<StepFigure> steps = register.portfolio().stream().map(count -> {
      List<Long> millis = durations.getOrDefault(count.step(), List.of());
      return new StepFigure(count.step().number(), count.step().label(), count.assessments(), count.risks(),
          millis.size(), hours(percentile(millis, 50)), hours(percentile(millis, 90)));
    }).toList();
    return new Portfolio(steps, CYCLE_TIME_WINDOW_DAYS, CYCLE_TIME_SAMPLE);
  }

  @GetMapping("/heatmap")
  HeatMap heatMap() {
    return register.heatMap(null);
  }

  @GetMapping("/heatmap/risks")
  List<PlacedRisk> risksInCell(@RequestParam(defaultValue = "current") HeatMapView view,
      @RequestParam Level likelihood, @RequestParam Level impact) {
    return register.placedRisks(view == HeatMapView.residual, likelihood, impact);
  }

  @GetMapping("/goals")
  List<GoalFigure> goals() {
    Map<String, Long> decisions = register.decisionsPerGoal();
    List<Goal> goals = catalog.plans().stream().flatMap(plan -> plan.goals().stream()).toList();
    Map<String, List<String>> catalogIdsOf = new HashMap<>();
    for (Goal goal : goals) {
      catalogIdsOf.put(goal.id(), goal.catalogIds());
      goal.objectives().forEach(objective -> catalogIdsOf.put(objective.id(), List.of(objective.id())));
    }
    Map<String, GoalHealth> healths = register.goalHealths(catalogIdsOf, EngineClock.today());
    return goals.stream().map(goal -> new GoalFigure(goal.id(), goal.planId(), goal.code(), goal.title(),
        decisions.getOrDefault(goal.id(), 0L), healths.get(goal.id()),
        goal.objectives().stream().map(objective -> new ObjectiveFigure(objective.id(), objective.code(),
            objective.title(), decisions.getOrDefault(objective.id(), 0L),
            healths.get(objective.id()))).toList()))
        .toList();
  }

  @GetMapping("/assessments")
  Page<AssessmentListing> assessments(@RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    Paging.check(page, size);
    return register.assessments(null, null, null, null, page, size);
  }

  @GetMapping("/assessments/{id}")
  RiskDashboard.AssessmentRecord assessment(@PathVariable String id) {
    return trail.of(register.assessment(id).orElseThrow(() -> ProblemException.notFound("assessment", id)));
  }

  /** Which of the two heat maps: the risks as assessed, or as expected after their treatment. */
  enum HeatMapView { current, residual }

  /** The nearest-rank percentile, or null of nothing. */
  static Long percentile(List<Long> values, int percent) {
    if (values.isEmpty()) {
      return null;
    }
    List<Long> sorted = values.stream().sorted(Comparator.naturalOrder()).toList();
    int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
    return sorted.get(Math.max(rank, 1) - 1);
  }

  private static Double hours(Long millis) {
    return millis == null ? null : Math.round(millis / 36_000.0) / 100.0;
  }
}
