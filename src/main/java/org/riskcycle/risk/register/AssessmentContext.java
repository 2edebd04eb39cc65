package org.riskcycle.risk.register;

import java.time.LocalDate;
import java.util.List;
import org.riskcycle.risk.DecisionLevel;
import org.riskcycle.risk.Domain;
import org.riskcycle.risk.Level;
import org.riskcycle.risk.Location;
import org.riskcycle.risk.Orientation;

/** Step 1: the context of an assessment's decisions in one iteration, and the goals and objectives at stake. */
public record AssessmentContext(String title, String scope, List<Domain> domains, List<Location> locations,
    DecisionLevel decisionLevel, Orientation orientation, List<String> goalsAtStake, Level riskTolerance,
    LocalDate decisionDeadline, LocalDate reviewHorizon) {
}
