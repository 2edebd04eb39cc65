package org.riskcycle.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableRuleImpl;
import org.camunda.bpm.dmn.engine.impl.hitpolicy.UniqueHitPolicyHandler;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Evaluates every rule of {@code processes/review-interval.dmn}. */
class ReviewIntervalDecisionTest {

  private static final String DMN_FILE = "processes/review-interval.dmn";
  private static final List<String> LEVELS = List.of("VERY_LOW", "LOW", "MODERATE", "HIGH", "VERY_HIGH");

  private static final List<DmnDecisionEvaluationEvent> events = new ArrayList<>();
  private static DmnEngine engine;
  private static DmnDecision reviewInterval;

  @BeforeAll
  static void parseDecision() throws IOException {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.customPostDecisionEvaluationListeners(List.of((DmnDecisionEvaluationListener) events::add));
    engine = configuration.buildEngine();
    try (InputStream dmn = new FileInputStream(DMN_FILE)) {
      reviewInterval = engine.parseDecision("ReviewInterval", dmn);
    }
  }

  @BeforeEach
  void clearEvents() {
    events.clear();
  }

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
    assertThat(matchedRuleIds()).containsExactly(expectedRule);
  }

  @Test
  void tableIsUniqueWithOneRulePerLevelAndEveryRuleIsTested() throws NoSuchMethodException {
    DmnDecisionTableImpl table = (DmnDecisionTableImpl) reviewInterval.getDecisionLogic();

    assertThat(table.getHitPolicyHandler()).isInstanceOf(UniqueHitPolicyHandler.class);
    assertThat(table.getRules()).extracting(DmnDecisionTableRuleImpl::getId).hasSize(5)
        .containsExactlyInAnyOrderElementsOf(testedRuleIds());
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
    assertThat(matchedRuleIds()).isEmpty();
  }

  private static DmnDecisionResult evaluate(String residualLevel) {
    events.clear();
    return engine.evaluateDecision(reviewInterval,
        Variables.createVariables().putValue("residualLevel", residualLevel));
  }

  private static List<String> matchedRuleIds() {
    assertThat(events).hasSize(1);
    DmnDecisionTableEvaluationEvent event = (DmnDecisionTableEvaluationEvent) events.get(0).getDecisionResult();
    return event.getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).toList();
  }

  /** The rule ids (last column) of {@link #intervalFollowsResidualLevel}'s {@code @CsvSource}. */
  private static List<String> testedRuleIds() throws NoSuchMethodException {
    CsvSource cases = ReviewIntervalDecisionTest.class
        .getDeclaredMethod("intervalFollowsResidualLevel", String.class, String.class, String.class)
        .getAnnotation(CsvSource.class);
    return Arrays.stream(cases.value()).map(line -> line.substring(line.lastIndexOf(',') + 1).trim()).toList();
  }
}
