package org.riskcycle.risk.register;

import java.util.List;

/** A risk of an assessment where it stands now. Levels are null until the risk is assessed or decided. */
public record RiskSummary(String id, String title, String threatCategory, String status, String currentLevel,
    String residualLevel, String owner, List<String> threatenedObjectives) {

  RiskSummary withThreatenedObjectives(List<String> objectives) {
    return new RiskSummary(id, title, threatCategory, status, currentLevel, residualLevel, owner, objectives);
  }
}
