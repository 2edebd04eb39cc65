package org.riskcycle.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.riskcycle.access.Role;

/** Evaluates every rule of {@code processes/decision-authority.dmn}. */
class DecisionAuthorityDecisionTest {

  private static final DecisionTables tables = new DecisionTables("processes/decision-authority.dmn");
  private static final DmnDecision decisionAuthority = tables.decision("DecisionAuthority");

  @ParameterizedTest(name = "risk level {0} -> {1} ({2})")
  @CsvSource({
      "VERY_LOW,  risk-managers, Rule_RiskLevelVeryLow",
      "LOW,       risk-managers, Rule_RiskLevelLow",
      "MODERATE,  risk-managers, Rule_RiskLevelModerate",
      "HIGH,      executives,    Rule_RiskLevelHigh",
      "VERY_HIGH, executives,    Rule_RiskLevelVeryHigh",
  })
  void authorityFollowsRiskLevel(String riskLevel, String expectedAuthority, String expectedRule) {
    DmnDecisionResult result = tables.evaluate(decisionAuthority,
        Variables.createVariables().putValue("riskLevel", riskLevel));

    assertThat(result.getSingleResult().getEntryMap())
        .containsExactly(Map.entry("decisionAuthority", expectedAuthority));
    assertThat(tables.matchedRuleIds()).containsExactly(expectedRule);
    // used as a candidate group: it must be the id of a RiskCycle role group
    assertThat(Role.ofGroup(result.getSingleResult().getSingleEntry())).isPresent();
  }

  @Test
  void tableIsUniqueWithOneRulePerLevelAndEveryRuleIsTested() {
    assertThat(DecisionTables.isUnique(decisionAuthority)).isTrue();
    assertThat(DecisionTables.ruleIds(decisionAuthority)).hasSize(5).containsExactlyInAnyOrderElementsOf(
        DecisionTables.testedRuleIds(DecisionAuthorityDecisionTest.class, "authorityFollowsRiskLevel"));
  }

  @Test
  void unknownRiskLevelMatchesNoRule() {
    // inputValues only document the allowed values: Camunda 7 does not check them when evaluating.
    DmnDecisionResult result = tables.evaluate(decisionAuthority,
        Variables.createVariables().putValue("riskLevel", "SEVERE"));

    assertThat(result.getResultList()).isEmpty();
    assertThat(tables.matchedRuleIds()).isEmpty();
  }
}
