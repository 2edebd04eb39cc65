package org.riskcycle.intelligence;

import java.time.Instant;
import java.util.List;

/** A version of an intelligence product was released to partner groups, in the transaction of the release. */
public record ProductReleased(String productId, int version, String releaseId, String requirementId,
    HandlingCaveat handlingCaveat, List<String> recipientGroups, String releasedBy, Instant releasedAt) {
}
