package org.riskcycle.risk.register;

import org.riskcycle.risk.Confidence;
import org.riskcycle.risk.Level;

/**
 * A risk's likelihood, impact and level at one time: from an assessment (step 3) or observed in a review (step 6),
 * where the narrative fields may be empty.
 */
public record Score(Kind kind, Level likelihood, Level impact, Level riskLevel, Level riskTolerance,
    boolean exceedsTolerance, String vulnerability, String consequence, Confidence confidence, String rationale) {

  /** Where a score comes from. */
  public enum Kind { ASSESSMENT, REVIEW }
}
