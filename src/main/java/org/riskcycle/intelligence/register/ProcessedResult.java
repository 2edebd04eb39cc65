package org.riskcycle.intelligence.register;

import org.riskcycle.intelligence.Disposition;
import org.riskcycle.intelligence.SourceReliability;

/** What processing made of one collected result, with its grading. */
public record ProcessedResult(String resultId, Disposition disposition, String reason,
    SourceReliability sourceReliability, String informationCredibility) {
}
