package org.riskcycle.intelligence.register;

import java.time.Instant;
import org.riskcycle.intelligence.Rating;

/** A recipient group's feedback on a released product. */
public record Feedback(String releaseId, String groupId, Rating relevance, Rating accuracy, Rating timeliness,
    Rating usefulness, boolean requirementSatisfied, String comment, String givenBy, Instant givenAt) {
}
