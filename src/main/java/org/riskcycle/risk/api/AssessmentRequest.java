package org.riskcycle.risk.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.riskcycle.risk.DecisionLevel;
import org.riskcycle.risk.Domain;
import org.riskcycle.risk.Level;
import org.riskcycle.risk.Location;
import org.riskcycle.risk.Orientation;

/** Step 1 of a new assessment, given by the caller who starts it: the fields of "define the context". */
@Schema(example = """
    {"title": "Fentanyl smuggling at southwest land ports, FY2027",
     "scope": "Allocation of inspection capacity for passenger vehicles at the southwest land ports in FY2027.",
     "domains": ["LAND"], "locations": ["AT_PORTS_OF_ENTRY"], "decisionLevel": "OPERATIONAL",
     "orientation": "EXTERNAL", "goalsAtStake": ["VS2020-1", "VS2020-1.A"], "riskTolerance": "MODERATE",
     "decisionDeadline": "2027-01-31", "reviewHorizon": "2027-12-31"}""")
record AssessmentRequest(
    @NotBlank @Size(max = 200) String title,
    @NotBlank @Size(max = 4000) String scope,
    @NotEmpty List<@NotNull Domain> domains,
    @NotEmpty List<@NotNull Location> locations,
    @NotNull DecisionLevel decisionLevel,
    @NotNull Orientation orientation,
    @NotEmpty @Size(max = 100) List<@NotBlank String> goalsAtStake,
    @NotNull Level riskTolerance,
    @NotNull LocalDate decisionDeadline,
    @NotNull LocalDate reviewHorizon) {
}
