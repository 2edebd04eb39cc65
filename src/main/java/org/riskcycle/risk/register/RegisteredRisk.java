package org.riskcycle.risk.register;

import java.time.Instant;
import java.util.List;

/** A risk of the register with its assessment. Levels are null until the risk is assessed or decided. */
public record RegisteredRisk(String id, String assessmentId, String title, String threatCategory, String status,
    String currentLevel, String residualLevel, String owner, List<String> threatenedObjectives, Instant updatedAt) {

  RegisteredRisk withThreatenedObjectives(List<String> objectives) {
    return new RegisteredRisk(id, assessmentId, title, threatCategory, status, currentLevel, residualLevel, owner,
        objectives, updatedAt);
  }
}
