package org.riskcycle.risk.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.riskcycle.risk.register.AssessmentContext;
import org.riskcycle.risk.register.RiskSummary;

/** An assessment as an integrator reads it: its context, its risks and the tasks open in its cycle. */
record AssessmentView(String id, String title, String status, int iteration, String createdBy, Instant createdAt,
    Instant closedAt, AssessmentContext context, List<RiskSummary> risks, List<OpenTask> openTasks) {

  /** A user task waiting in the assessment's cycle or one of its risks' treatments. */
  @Schema(name = "AssessmentOpenTask")
  record OpenTask(String id, String name, String taskDefinitionKey, String riskId, List<String> candidateGroups,
      String assignee, Instant due) {
  }
}
