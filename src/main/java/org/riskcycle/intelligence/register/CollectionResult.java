package org.riskcycle.intelligence.register;

import java.time.Instant;
import org.riskcycle.intelligence.SourceReliability;

/** What one tasked asset returned: a graded summary, or a gap. {@code recordedBy} is null for a gap recorded when
 * the latest time of value passed. */
public record CollectionResult(String id, String collectionTaskId, String asset, boolean collected, String summary,
    SourceReliability sourceReliability, String informationCredibility, String gapDescription, String recordedBy,
    Instant recordedAt) {
}
