package org.riskcycle.intelligence.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.riskcycle.intelligence.HandlingCaveat;
import org.riskcycle.intelligence.Priority;
import org.riskcycle.intelligence.register.RequirementDraft;

/** An intelligence requirement as an integrator raises it: the fields of step 1, planning and direction. */
@Schema(example = """
    {"requirementQuestion": "Which routes and concealment methods do fentanyl couriers use at the Nogales land port?",
     "requestedBy": "Field Office Tucson",
     "decisionSupported": "Where to place the two new non-intrusive inspection scanners",
     "priority": "PRIORITY",
     "linkedGoals": ["VS2020-1", "VS2020-1.A"],
     "linkedRisks": [],
     "latestTimeOfValue": "2026-12-31",
     "handlingCaveat": "TLP_AMBER"}""")
record RequirementRequest(
    @NotBlank @Size(max = 2000) String requirementQuestion,
    @NotBlank @Size(max = 200) String requestedBy,
    @NotBlank @Size(max = 2000) String decisionSupported,
    @NotNull Priority priority,
    @NotEmpty List<@NotBlank String> linkedGoals,
    List<@NotBlank String> linkedRisks,
    @NotNull LocalDate latestTimeOfValue,
    @NotNull HandlingCaveat handlingCaveat) {

  RequirementDraft draft() {
    return new RequirementDraft(requirementQuestion, requestedBy, decisionSupported, priority, linkedGoals,
        linkedRisks == null ? List.of() : linkedRisks, latestTimeOfValue, handlingCaveat);
  }
}
