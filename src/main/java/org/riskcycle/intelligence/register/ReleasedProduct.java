package org.riskcycle.intelligence.register;

import java.time.Instant;
import java.util.List;

/** A product as it was released: the immutable version, the question it answers, who released it, when, to whom. */
public record ReleasedProduct(String releaseId, ProductVersion product, String requirementQuestion, String releasedBy,
    Instant releasedAt, List<String> recipientGroups) {
}
