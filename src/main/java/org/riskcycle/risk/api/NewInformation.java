package org.riskcycle.risk.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** New information about a risk, for example from an intelligence product, which re-opens its assessment. */
@Schema(example = """
    {"summary": "A new concealment method in agricultural pallets was seen at Nogales.",
     "source": "Intelligence product IP-2026-0107"}""")
record NewInformation(@NotBlank @Size(max = 4000) String summary, @Size(max = 500) String source) {
}
