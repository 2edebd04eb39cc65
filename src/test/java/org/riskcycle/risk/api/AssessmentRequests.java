package org.riskcycle.risk.api;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Bodies of {@code POST /api/v1/assessments} for tests: a valid context, which a test may then change. */
public final class AssessmentRequests {

  private AssessmentRequests() {
  }

  /** A valid context whose decision is due in 30 days. */
  public static Map<String, Object> context(String title) {
    return context(title, LocalDate.now().plusDays(30));
  }

  /** A valid context, in the order of the form's fields. */
  public static Map<String, Object> context(String title, LocalDate decisionDeadline) {
    Map<String, Object> context = new LinkedHashMap<>();
    context.put("title", title);
    context.put("scope", "Inspection capacity for passenger vehicles at the southwest land ports.");
    context.put("domains", List.of("LAND"));
    context.put("locations", List.of("AT_PORTS_OF_ENTRY"));
    context.put("decisionLevel", "OPERATIONAL");
    context.put("orientation", "EXTERNAL");
    context.put("goalsAtStake", List.of("VS2020-1", "VS2020-1.A"));
    context.put("riskTolerance", "MODERATE");
    context.put("decisionDeadline", decisionDeadline.toString());
    context.put("reviewHorizon", LocalDate.now().plusDays(365).toString());
    return context;
  }
}
