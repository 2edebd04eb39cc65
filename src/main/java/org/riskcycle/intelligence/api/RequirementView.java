package org.riskcycle.intelligence.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.riskcycle.intelligence.register.Requirement;
import org.riskcycle.intelligence.register.RequirementDraft;

/** Where a requirement stands: what it asks, its status, and the tasks open in its cycle. */
record RequirementView(String id, String status, RequirementDraft requirement, String author, Instant raisedAt,
    String approvedBy, Instant approvedAt, String previousRequirementId, String riskDecisionId,
    List<OpenTask> openTasks) {

  static RequirementView of(Requirement requirement, List<OpenTask> openTasks) {
    return new RequirementView(requirement.id(), requirement.status(), requirement.draft(), requirement.author(),
        requirement.raisedAt(), requirement.approvedBy(), requirement.approvedAt(),
        requirement.previousRequirementId(), requirement.riskDecisionId(), openTasks);
  }

  /** A user task waiting in the requirement's cycle. */
  @Schema(name = "RequirementOpenTask")
  record OpenTask(String id, String name, String taskDefinitionKey, List<String> candidateGroups, String assignee,
      Instant due) {
  }
}
