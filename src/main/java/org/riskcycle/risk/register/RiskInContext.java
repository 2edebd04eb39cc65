package org.riskcycle.risk.register;

import java.util.List;
import org.riskcycle.risk.ThreatCategory;

/** A risk with the context of the assessment iteration it belongs to: what its tasks show their users. */
public record RiskInContext(String riskId, String assessmentId, int iteration, AssessmentContext context,
    String title, String description, ThreatCategory threatCategory, List<String> threatenedObjectives,
    String source) {
}
