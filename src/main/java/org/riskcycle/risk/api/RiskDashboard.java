package org.riskcycle.risk.api;

import java.time.Instant;
import java.util.List;
import org.riskcycle.risk.register.AssessmentSummary;
import org.riskcycle.risk.register.DecisionRecordView;
import org.riskcycle.risk.register.GoalHealth;
import org.riskcycle.risk.register.RiskSummary;

/** What the managers' dashboard shows of the risk register and the risk processes. */
final class RiskDashboard {

  private RiskDashboard() {
  }

  /**
   * Open assessments and risks at each step, and how long each step's tasks took: the most recent
   * {@code cycleTimeSample} completed within the last {@code cycleTimeWindowDays}.
   */
  record Portfolio(List<StepFigure> steps, int cycleTimeWindowDays, int cycleTimeSample) {
  }

  /**
   * One step: how many open assessments and risks stand at it, and of the step's tasks completed in the window, how
   * many, with the median and 90th percentile of the time from their creation to their completion, in hours.
   */
  record StepFigure(int number, String name, long assessments, long risks, long completedTasks, Double medianHours,
      Double p90Hours) {
  }

  /** A strategic goal with its decisions and health, and the same for each of its objectives. */
  record GoalFigure(String id, String planId, String code, String title, long decisions, GoalHealth health,
      List<ObjectiveFigure> objectives) {
  }

  /** An objective of a goal: the decisions recorded against it and its health. */
  record ObjectiveFigure(String id, String code, String title, long decisions, GoalHealth health) {
  }

  /** An assessment as the dashboard shows it: its risks, decisions, what is open, and who did what when. */
  record AssessmentRecord(AssessmentSummary assessment, List<RiskSummary> risks, List<DecisionRecordView> decisions,
      List<OpenTaskLink> openTasks, List<InstanceLink> instances, List<TrailEntry> trail) {
  }

  /** A task open in the assessment's processes, with where to work on it in Tasklist. */
  record OpenTaskLink(String id, String name, String assignee, Instant due, String tasklistUrl) {
  }

  /** One of the assessment's process instances (the cycle, a risk's treatment), with where Cockpit shows it. */
  record InstanceLink(String processInstanceId, String name, boolean running, Instant startedAt, Instant endedAt,
      String cockpitUrl) {
  }

  /** Who did what, and when: an operation a user made in the engine, or information reported about a risk. */
  record TrailEntry(Instant at, String userId, String action, String subject, String processInstanceId) {
  }
}
