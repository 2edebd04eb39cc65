package org.riskcycle.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Evaluates every rule of {@code processes/review-interval.dmn}. */
class ReviewIntervalDecisionTest {

  private static final List<String> LEVELS = List.of("VERY_LOW", "LOW", "MODERATE", "HIGH", "VERY_HIGH");

  private static final DecisionTables tables = new DecisionTables("processes/review-interval.dmn");
  private static final DmnDecision reviewInterval = tables.decision("ReviewInterval");

  @ParameterizedTest(name = "residual level {0}, accepted within tolerance {1} -> {2} ({3})")
  @CsvSource({
      "MODERATE,  true,  P180D, Rule_AcceptedWithinTolerance",
      "VERY_LOW,  false, P180D, Rule_ResidualLevelVeryLow",
      "LOW,       false, P90D,  Rule_ResidualLevelLow",
      "MODERATE,  false, P30D,  Rule_ResidualLevelModerate",
      "HIGH,      false, P14D,  Rule_ResidualLevelHigh",
      "VERY_HIGH, false, P7D,   Rule_ResidualLevelVeryHigh",
  })
  void intervalFollowsResidualLevelUnlessAccepted(String residualLevel, boolean acceptedWithinTolerance,
      String expectedInterval, String expectedRule) {
    DmnDecisionResult result = evaluate(residualLevel, acceptedWithinTolerance);

    assertThat(result.getSingleResult().getEntryMap())
        .containsExactly(Map.entry("reviewInterval", expectedInterval));
    assertThat(tables.matchedRuleIds()).containsExactly(expectedRule);
  }

  @Test
  void tableIsUniqueWithAnAcceptedRuleAndOneRulePerLevelAndEveryRuleIsTested() {
    assertThat(DecisionTables.isUnique(reviewInterval)).isTrue();
    assertThat(DecisionTables.ruleIds(reviewInterval)).hasSize(6).containsExactlyInAnyOrderElementsOf(
        DecisionTables.testedRuleIds(ReviewIntervalDecisionTest.class, "intervalFollowsResidualLevelUnlessAccepted"));
  }

  @Test
  void riskAcceptedWithinToleranceIsMonitoredAtTheLongestIntervalWhateverItsLevel() {
    for (String level : LEVELS) {
      DmnDecisionResult result = evaluate(level, true);

      assertThat(result.getSingleResult().<String>getSingleEntry()).as("residual level %s", level).isEqualTo("P180D");
      assertThat(tables.matchedRuleIds()).as("residual level %s", level)
          .containsExactly("Rule_AcceptedWithinTolerance");
    }
  }

  @Test
  void intervalsAreIsoDurationsThatShortenAsResidualRiskGrows() {
    List<Duration> intervals = LEVELS.stream()
        .map(level -> Duration.parse(evaluate(level, false).getSingleResult().<String>getSingleEntry()))
        .toList();

    assertThat(intervals).isSortedAccordingTo((a, b) -> b.compareTo(a)).doesNotHaveDuplicates();
    // Very Low is the longest interval, the one at which risks accepted within tolerance are monitored
    assertThat(intervals.get(0)).isEqualTo(Duration.ofDays(180));
  }

  @Test
  void unknownResidualLevelOfARiskNotAcceptedMatchesNoRule() {
    // inputValues only document the allowed values: Camunda 7 does not check them when evaluating.
    DmnDecisionResult result = evaluate("SEVERE", false);

    assertThat(result.getResultList()).isEmpty();
    assertThat(tables.matchedRuleIds()).isEmpty();
  }

  private static DmnDecisionResult evaluate(String residualLevel, boolean acceptedWithinTolerance) {
    return tables.evaluate(reviewInterval, Variables.createVariables()
        .putValue("residualLevel", residualLevel).putValue("acceptedWithinTolerance", acceptedWithinTolerance));
  }
}
