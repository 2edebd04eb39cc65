package org.riskcycle.catalog.internal;

import java.util.List;

/** The shape of a catalog file ({@code catalog/*.yaml}); unknown keys are refused. */
record CatalogFile(PlanEntry plan, List<GoalEntry> goals) {

  record PlanEntry(String id, String title, String issuer, String period, String source, Integer line) {
  }

  record GoalEntry(String id, String title, String description, Integer line, List<ObjectiveEntry> objectives) {
  }

  record ObjectiveEntry(String id, String title, String description, Integer line, List<MeasureEntry> measures) {
  }

  record MeasureEntry(String id, String title, String type, Integer line) {
  }
}
