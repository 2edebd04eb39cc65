package org.riskcycle.intelligence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.riskcycle.access.Role;
import org.riskcycle.risk.DecisionTables;

/** Evaluates every rule of {@code processes/release-authority.dmn}. */
class ReleaseAuthorityDecisionTest {

  private static final DecisionTables tables = new DecisionTables("processes/release-authority.dmn");
  private static final DmnDecision releaseAuthority = tables.decision("ReleaseAuthority");

  @ParameterizedTest(name = "caveat {0} -> {1} ({2})")
  @CsvSource({
      "TLP_CLEAR,        release-officers, Rule_CaveatTlpClear",
      "TLP_GREEN,        release-officers, Rule_CaveatTlpGreen",
      "TLP_AMBER,        release-officers, Rule_CaveatTlpAmber",
      "FOUO,             release-officers, Rule_CaveatFouo",
      "TLP_AMBER_STRICT, release-officers, Rule_CaveatTlpAmberStrict",
      "TLP_RED,          executives,       Rule_CaveatTlpRed",
  })
  void authorityFollowsHandlingCaveat(String caveat, String expectedAuthority, String expectedRule) {
    DmnDecisionResult result = tables.evaluate(releaseAuthority,
        Variables.createVariables().putValue("productCaveat", caveat));

    assertThat(result.getSingleResult().getEntryMap())
        .containsExactly(Map.entry("releaseAuthority", expectedAuthority));
    assertThat(tables.matchedRuleIds()).containsExactly(expectedRule);
    assertThat(Role.ofGroup(result.getSingleResult().getSingleEntry())).isPresent();
  }

  @Test
  void tableIsUniqueWithOneRulePerCaveatAndEveryRuleIsTested() {
    assertThat(DecisionTables.isUnique(releaseAuthority)).isTrue();
    assertThat(DecisionTables.ruleIds(releaseAuthority)).hasSize(HandlingCaveat.values().length)
        .containsExactlyInAnyOrderElementsOf(DecisionTables.testedRuleIds(ReleaseAuthorityDecisionTest.class,
            "authorityFollowsHandlingCaveat"));
    assertThat(Arrays.stream(HandlingCaveat.values()).map(Enum::name)).allSatisfy(caveat ->
        assertThat(tables.evaluate(releaseAuthority, Variables.putValue("productCaveat", caveat)).getResultList())
            .hasSize(1));
  }

  @Test
  void unknownCaveatMatchesNoRule() {
    assertThat(tables.evaluate(releaseAuthority, Variables.putValue("productCaveat", "SECRET")).getResultList())
        .isEmpty();
  }
}
