package org.riskcycle.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Evaluates every rule of {@code processes/risk-level.dmn}: the 25 cells of NIST SP 800-30 Rev. 1 Table I-2 in
 * {@code RiskLevel}, and the rules of {@code RiskExceedsTolerance}, which requires {@code RiskLevel}.
 */
class RiskLevelDecisionTest {

  private static final List<String> LEVELS = List.of("VERY_LOW", "LOW", "MODERATE", "HIGH", "VERY_HIGH");

  private static final DecisionTables tables = new DecisionTables("processes/risk-level.dmn");
  private static final DmnDecision riskLevel = tables.decision("RiskLevel");
  private static final DmnDecision riskExceedsTolerance = tables.decision("RiskExceedsTolerance");

  // --- RiskLevel: NIST SP 800-30 Rev. 1, Table I-2 (rows: likelihood; columns: impact) ---

  @ParameterizedTest(name = "likelihood {0}, impact {1} -> {2} ({3})")
  @CsvSource({
      "VERY_HIGH, VERY_LOW,  VERY_LOW,  Rule_LikelihoodVeryHigh_ImpactVeryLow",
      "VERY_HIGH, LOW,       LOW,       Rule_LikelihoodVeryHigh_ImpactLow",
      "VERY_HIGH, MODERATE,  MODERATE,  Rule_LikelihoodVeryHigh_ImpactModerate",
      "VERY_HIGH, HIGH,      HIGH,      Rule_LikelihoodVeryHigh_ImpactHigh",
      "VERY_HIGH, VERY_HIGH, VERY_HIGH, Rule_LikelihoodVeryHigh_ImpactVeryHigh",
      "HIGH,      VERY_LOW,  VERY_LOW,  Rule_LikelihoodHigh_ImpactVeryLow",
      "HIGH,      LOW,       LOW,       Rule_LikelihoodHigh_ImpactLow",
      "HIGH,      MODERATE,  MODERATE,  Rule_LikelihoodHigh_ImpactModerate",
      "HIGH,      HIGH,      HIGH,      Rule_LikelihoodHigh_ImpactHigh",
      "HIGH,      VERY_HIGH, VERY_HIGH, Rule_LikelihoodHigh_ImpactVeryHigh",
      "MODERATE,  VERY_LOW,  VERY_LOW,  Rule_LikelihoodModerate_ImpactVeryLow",
      "MODERATE,  LOW,       LOW,       Rule_LikelihoodModerate_ImpactLow",
      "MODERATE,  MODERATE,  MODERATE,  Rule_LikelihoodModerate_ImpactModerate",
      "MODERATE,  HIGH,      MODERATE,  Rule_LikelihoodModerate_ImpactHigh",
      "MODERATE,  VERY_HIGH, HIGH,      Rule_LikelihoodModerate_ImpactVeryHigh",
      "LOW,       VERY_LOW,  VERY_LOW,  Rule_LikelihoodLow_ImpactVeryLow",
      "LOW,       LOW,       LOW,       Rule_LikelihoodLow_ImpactLow",
      "LOW,       MODERATE,  LOW,       Rule_LikelihoodLow_ImpactModerate",
      "LOW,       HIGH,      LOW,       Rule_LikelihoodLow_ImpactHigh",
      "LOW,       VERY_HIGH, MODERATE,  Rule_LikelihoodLow_ImpactVeryHigh",
      "VERY_LOW,  VERY_LOW,  VERY_LOW,  Rule_LikelihoodVeryLow_ImpactVeryLow",
      "VERY_LOW,  LOW,       VERY_LOW,  Rule_LikelihoodVeryLow_ImpactLow",
      "VERY_LOW,  MODERATE,  VERY_LOW,  Rule_LikelihoodVeryLow_ImpactModerate",
      "VERY_LOW,  HIGH,      LOW,       Rule_LikelihoodVeryLow_ImpactHigh",
      "VERY_LOW,  VERY_HIGH, LOW,       Rule_LikelihoodVeryLow_ImpactVeryHigh",
  })
  void riskLevelFollowsTableI2(String likelihood, String impact, String expectedLevel, String expectedRule) {
    DmnDecisionResult result = tables.evaluate(riskLevel,
        Variables.createVariables().putValue("likelihood", likelihood).putValue("impact", impact));

    assertThat(result.getSingleResult().getEntryMap()).containsExactly(Map.entry("riskLevel", expectedLevel));
    assertThat(tables.matchedRuleIds()).containsExactly(expectedRule);
  }

  @Test
  void riskLevelTableHasExactlyTheTwentyFiveCellsOfTableI2AndEachIsTested() {
    assertThat(DecisionTables.isUnique(riskLevel)).isTrue();
    assertThat(DecisionTables.ruleIds(riskLevel)).hasSize(25)
        .containsExactlyInAnyOrderElementsOf(
            DecisionTables.testedRuleIds(RiskLevelDecisionTest.class, "riskLevelFollowsTableI2"));
  }

  @Test
  void unknownLikelihoodOrImpactMatchesNoRule() {
    // inputValues only document the allowed values: Camunda 7 does not check them when evaluating, so an unknown
    // value is refused only in the sense that no rule matches it.
    DmnDecisionResult unknownLikelihood = tables.evaluate(riskLevel,
        Variables.createVariables().putValue("likelihood", "SEVERE").putValue("impact", "HIGH"));
    assertThat(unknownLikelihood.getResultList()).isEmpty();
    assertThat(tables.matchedRuleIds()).isEmpty();

    DmnDecisionResult unknownImpact = tables.evaluate(riskLevel,
        Variables.createVariables().putValue("likelihood", "HIGH").putValue("impact", "very high"));
    assertThat(unknownImpact.getResultList()).isEmpty();
    assertThat(tables.matchedRuleIds()).isEmpty();
  }

  // --- RiskExceedsTolerance: riskLevel from RiskLevel compared with riskTolerance ---

  @ParameterizedTest(name = "likelihood {0}, impact {1}, tolerance {3} -> risk level {2}, exceeds {4} ({5})")
  @CsvSource({
      "LOW,       LOW,       LOW,       VERY_LOW,  true,  Rule_ToleranceVeryLow_Exceeded",
      "VERY_LOW,  VERY_LOW,  VERY_LOW,  VERY_LOW,  false, Rule_ToleranceVeryLow_Within",
      "MODERATE,  MODERATE,  MODERATE,  LOW,       true,  Rule_ToleranceLow_Exceeded",
      "LOW,       LOW,       LOW,       LOW,       false, Rule_ToleranceLow_Within",
      "HIGH,      HIGH,      HIGH,      MODERATE,  true,  Rule_ToleranceModerate_Exceeded",
      "MODERATE,  HIGH,      MODERATE,  MODERATE,  false, Rule_ToleranceModerate_Within",
      "VERY_HIGH, VERY_HIGH, VERY_HIGH, HIGH,      true,  Rule_ToleranceHigh_Exceeded",
      "MODERATE,  VERY_HIGH, HIGH,      HIGH,      false, Rule_ToleranceHigh_Within",
      "HIGH,      VERY_HIGH, VERY_HIGH, VERY_HIGH, false, Rule_ToleranceVeryHigh_Within",
  })
  void riskExceedsToleranceOnlyAboveTheTolerance(String likelihood, String impact, String expectedLevel,
      String riskTolerance, boolean expectedExceeds, String expectedRule) {
    DmnDecisionResult result = tables.evaluate(riskExceedsTolerance, Variables.createVariables()
        .putValue("likelihood", likelihood).putValue("impact", impact).putValue("riskTolerance", riskTolerance));

    // The risk level from RiskLevel is passed on, so that one business rule task gets both. Only these two entries,
    // in any order: the result's entry order is not the column order.
    assertThat(result.getSingleResult().getEntryMap())
        .containsOnly(Map.entry("riskLevel", expectedLevel), Map.entry("exceedsTolerance", expectedExceeds));
    assertThat(tables.matchedRuleIds()).containsExactly(expectedRule);
    assertThat(tables.matchedRules("RiskLevel")).singleElement()
        .satisfies(rule -> assertThat(rule.getOutputEntries().get("riskLevel").getValue().getValue())
            .isEqualTo(expectedLevel));
  }

  @Test
  void riskExceedsToleranceTableIsUniqueAndEveryRuleIsTested() {
    assertThat(DecisionTables.isUnique(riskExceedsTolerance)).isTrue();
    assertThat(riskExceedsTolerance.getRequiredDecisions()).extracting(DmnDecision::getKey)
        .containsExactly("RiskLevel");
    // Five tolerances, each with an "exceeded" and a "within" rule, except Very High: nothing is above it.
    assertThat(DecisionTables.ruleIds(riskExceedsTolerance)).hasSize(9)
        .containsExactlyInAnyOrderElementsOf(
            DecisionTables.testedRuleIds(RiskLevelDecisionTest.class, "riskExceedsToleranceOnlyAboveTheTolerance"));
  }

  @Test
  void riskExceedsToleranceForEveryLevelAndTolerance() {
    // The whole 5 x 5 grid, to pin the boundaries: a level exceeds a tolerance exactly when it is above it.
    for (String level : LEVELS) {
      for (String tolerance : LEVELS) {
        DmnDecisionResult result = tables.evaluate(riskExceedsTolerance, Variables.createVariables()
            .putValue("riskTolerance", tolerance)
            // with likelihood Very High, Table I-2 gives a risk level equal to the impact
            .putValue("likelihood", "VERY_HIGH").putValue("impact", level));
        assertThat(result.getSingleResult().getEntryMap())
            .as("risk level %s, tolerance %s", level, tolerance)
            .containsOnly(Map.entry("riskLevel", level),
                Map.entry("exceedsTolerance", LEVELS.indexOf(level) > LEVELS.indexOf(tolerance)));
      }
    }
  }

  @Test
  void unknownToleranceMatchesNoRule() {
    DmnDecisionResult result = tables.evaluate(riskExceedsTolerance, Variables.createVariables()
        .putValue("likelihood", "HIGH").putValue("impact", "HIGH").putValue("riskTolerance", "SEVERE"));

    assertThat(result.getResultList()).isEmpty();
    assertThat(tables.matchedRuleIds()).isEmpty();
  }
}
