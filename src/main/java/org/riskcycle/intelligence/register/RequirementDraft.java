package org.riskcycle.intelligence.register;

import java.time.LocalDate;
import java.util.List;
import org.riskcycle.intelligence.HandlingCaveat;
import org.riskcycle.intelligence.Priority;

/** An intelligence requirement as its author writes it (step 1, planning and direction). */
public record RequirementDraft(String requirementQuestion, String requestedBy, String decisionSupported,
    Priority priority, List<String> linkedGoals, List<String> linkedRisks, LocalDate latestTimeOfValue,
    HandlingCaveat handlingCaveat) {
}
