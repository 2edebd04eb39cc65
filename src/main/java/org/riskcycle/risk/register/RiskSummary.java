package org.riskcycle.risk.register;

import java.util.List;
import org.riskcycle.risk.CycleStep;

/**
 * A risk of an assessment where it stands now. Levels are null until the risk is assessed or decided; the step is
 * null once it is closed.
 */
public record RiskSummary(String id, String title, String threatCategory, String status, String currentLevel,
    String residualLevel, String owner, CycleStep currentStep, List<String> threatenedObjectives) {

  RiskSummary withThreatenedObjectives(List<String> objectives) {
    return new RiskSummary(id, title, threatCategory, status, currentLevel, residualLevel, owner, currentStep,
        objectives);
  }
}
