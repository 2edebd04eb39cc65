package org.riskcycle.intelligence.register;

import java.time.Instant;

/** One immutable version of a product. */
public record ProductVersion(String productId, String requirementId, int version, ProductDraft draft, String producedBy,
    Instant producedAt) {
}
