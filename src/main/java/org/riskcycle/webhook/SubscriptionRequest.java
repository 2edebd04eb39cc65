package org.riskcycle.webhook;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Where to send which events. */
@Schema(example = """
    {"url": "https://integrator.example.gov/riskcycle/events",
     "events": ["step.started", "step.completed", "risk.decided", "product.released"]}""")
record SubscriptionRequest(@NotBlank @Size(max = 2000) String url, @NotEmpty List<@NotBlank String> events) {
}
