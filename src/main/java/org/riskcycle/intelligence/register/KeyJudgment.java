package org.riskcycle.intelligence.register;

import org.riskcycle.intelligence.AnalyticConfidence;
import org.riskcycle.intelligence.EstimativeLikelihood;

/** A key judgment of a product in ICD 203 estimative language, with its separate confidence. */
public record KeyJudgment(String judgment, EstimativeLikelihood likelihood, AnalyticConfidence confidence) {
}
