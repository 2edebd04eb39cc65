package org.riskcycle.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
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
import org.riskcycle.access.Role;

/** Evaluates every rule of {@code processes/decision-authority.dmn}. */
class DecisionAuthorityDecisionTest {

  private static final String DMN_FILE = "processes/decision-authority.dmn";

  private static final List<DmnDecisionEvaluationEvent> events = new ArrayList<>();
  private static DmnEngine engine;
  private static DmnDecision decisionAuthority;

  @BeforeAll
  static void parseDecision() throws IOException {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.customPostDecisionEvaluationListeners(List.of((DmnDecisionEvaluationListener) events::add));
    engine = configuration.buildEngine();
    try (InputStream dmn = new FileInputStream(DMN_FILE)) {
      decisionAuthority = engine.parseDecision("DecisionAuthority", dmn);
    }
  }

  @BeforeEach
  void clearEvents() {
    events.clear();
  }

  @ParameterizedTest(name = "risk level {0} -> {1} ({2})")
  @CsvSource({
      "VERY_LOW,  risk-managers, Rule_RiskLevelVeryLow",
      "LOW,       risk-managers, Rule_RiskLevelLow",
      "MODERATE,  risk-managers, Rule_RiskLevelModerate",
      "HIGH,      executives,    Rule_RiskLevelHigh",
      "VERY_HIGH, executives,    Rule_RiskLevelVeryHigh",
  })
  void authorityFollowsRiskLevel(String riskLevel, String expectedAuthority, String expectedRule) {
    DmnDecisionResult result = engine.evaluateDecision(decisionAuthority,
        Variables.createVariables().putValue("riskLevel", riskLevel));

    assertThat(result.getSingleResult().getEntryMap())
        .containsExactly(Map.entry("decisionAuthority", expectedAuthority));
    assertThat(matchedRuleIds()).containsExactly(expectedRule);
    // used as a candidate group: it must be the id of a RiskCycle role group
    assertThat(Role.ofGroup(result.getSingleResult().getSingleEntry())).isPresent();
  }

  @Test
  void tableIsUniqueWithOneRulePerLevelAndEveryRuleIsTested() throws NoSuchMethodException {
    DmnDecisionTableImpl table = (DmnDecisionTableImpl) decisionAuthority.getDecisionLogic();

    assertThat(table.getHitPolicyHandler()).isInstanceOf(UniqueHitPolicyHandler.class);
    assertThat(table.getRules()).extracting(DmnDecisionTableRuleImpl::getId).hasSize(5)
        .containsExactlyInAnyOrderElementsOf(testedRuleIds());
  }

  @Test
  void unknownRiskLevelMatchesNoRule() {
    // inputValues only document the allowed values: Camunda 7 does not check them when evaluating.
    DmnDecisionResult result = engine.evaluateDecision(decisionAuthority,
        Variables.createVariables().putValue("riskLevel", "SEVERE"));

    assertThat(result.getResultList()).isEmpty();
    assertThat(matchedRuleIds()).isEmpty();
  }

  private static List<String> matchedRuleIds() {
    assertThat(events).hasSize(1);
    DmnDecisionTableEvaluationEvent event = (DmnDecisionTableEvaluationEvent) events.get(0).getDecisionResult();
    return event.getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).toList();
  }

  /** The rule ids (last column) of {@link #authorityFollowsRiskLevel}'s {@code @CsvSource}. */
  private static List<String> testedRuleIds() throws NoSuchMethodException {
    CsvSource cases = DecisionAuthorityDecisionTest.class
        .getDeclaredMethod("authorityFollowsRiskLevel", String.class, String.class, String.class)
        .getAnnotation(CsvSource.class);
    return Arrays.stream(cases.value()).map(line -> line.substring(line.lastIndexOf(',') + 1).trim()).toList();
  }
}
