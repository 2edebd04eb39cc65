package org.riskcycle.intelligence.register;

import java.util.List;
import org.riskcycle.intelligence.HandlingCaveat;

/** A finished intelligence product as its analyst writes one version (step 4, analysis and production). */
public record ProductDraft(String title, String summary, List<KeyJudgment> keyJudgments, String assumptions,
    String alternativesConsidered, List<String> sourceResultIds, HandlingCaveat handlingCaveat) {
}
