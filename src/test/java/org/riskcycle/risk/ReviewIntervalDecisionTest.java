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

  @ParameterizedTest(name = "residual level {0} -> {1} ({2})")
  @CsvSource({
      "VERY_LOW,  P180D, Rule_ResidualLevelVeryLow",
      "LOW,       P90D,  Rule_ResidualLevelLow",
      "MODERATE,  P30D,  Rule_ResidualLevelModerate",
      "HIGH,      P14D,  Rule_ResidualLevelHigh",
      "VERY_HIGH, P7D,   Rule_ResidualLevelVeryHigh",
  })
  void intervalFollowsResidualLevel(String residualLevel, String expectedInterval, String expectedRule) {
    DmnDecisionResult result = evaluate(residualLevel);

    assertThat(result.getSingleResult().getEntryMap())
        .containsExactly(Map.entry("reviewInterval", expectedInterval));
    assertThat(tables.matchedRuleIds()).containsExactly(expectedRule);
  }

  @Test
  void tableIsUniqueWithOneRulePerLevelAndEveryRuleIsTested() {
    assertThat(DecisionTables.isUnique(reviewInterval)).isTrue();
    assertThat(DecisionTables.ruleIds(reviewInterval)).hasSize(5).containsExactlyInAnyOrderElementsOf(
        DecisionTables.testedRuleIds(ReviewIntervalDecisionTest.class, "intervalFollowsResidualLevel"));
  }

  @Test
  void intervalsAreIsoDurationsThatShortenAsResidualRiskGrows() {
    List<Duration> intervals = LEVELS.stream()
        .map(level -> Duration.parse(evaluate(level).getSingleResult().<String>getSingleEntry()))
        .toList();

    assertThat(intervals).isSortedAccordingTo((a, b) -> b.compareTo(a)).doesNotHaveDuplicates();
    // Very Low, where risks accepted within tolerance are monitored, is the longest interval
    assertThat(intervals.get(0)).isEqualTo(Duration.ofDays(180));
  }

  @Test
  void unknownResidualLevelMatchesNoRule() {
    // inputValues only document the allowed values: Camunda 7 does not check them when evaluating.
    DmnDecisionResult result = evaluate("SEVERE");

    assertThat(result.getResultList()).isEmpty();
    assertThat(tables.matchedRuleIds()).isEmpty();
  }

  private static DmnDecisionResult evaluate(String residualLevel) {
    return tables.evaluate(reviewInterval, Variables.createVariables().putValue("residualLevel", residualLevel));
  }
}
