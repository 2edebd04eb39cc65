package org.riskcycle.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The decisions of one {@code .dmn} file on a standalone DMN engine that records each evaluation, so that a test can
 * check which rule matched and not only what the table returned, and that every rule of a table has a test case.
 *
 * <p>The recorded evaluation is state shared by the tests that use an instance, so they must not run concurrently.
 */
public class DecisionTables {

  private final List<DmnDecisionEvaluationEvent> events = new ArrayList<>();
  private final DmnEngine engine;
  private final List<DmnDecision> decisions;

  /** Parses the decisions of {@code dmnFile}, a path relative to the project folder such as {@code processes/x.dmn}. */
  public DecisionTables(String dmnFile) {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.customPostDecisionEvaluationListeners(List.of((DmnDecisionEvaluationListener) events::add));
    engine = configuration.buildEngine();
    try (InputStream dmn = new FileInputStream(dmnFile)) {
      decisions = engine.parseDecisions(dmn);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + dmnFile, e);
    }
  }

  public DmnDecision decision(String key) {
    return decisions.stream().filter(decision -> decision.getKey().equals(key)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No decision " + key));
  }

  /** Evaluates {@code decision}, forgetting earlier evaluations so that {@link #matchedRuleIds} speaks of this one. */
  public DmnDecisionResult evaluate(DmnDecision decision, VariableMap variables) {
    events.clear();
    return engine.evaluateDecision(decision, variables);
  }

  /** The ids of the rules that matched in the last evaluated decision table. */
  public List<String> matchedRuleIds() {
    DmnDecisionTableEvaluationEvent event = (DmnDecisionTableEvaluationEvent) lastEvaluation().getDecisionResult();
    return event.getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).toList();
  }

  /**
   * The rules that matched in the table of a decision that the last evaluated decision requires: the rules, not only
   * their ids, so that a test can check what the required decision passed on.
   */
  public List<DmnEvaluatedDecisionRule> matchedRules(String requiredDecisionKey) {
    return lastEvaluation().getRequiredDecisionResults().stream()
        .filter(event -> event.getDecision().getKey().equals(requiredDecisionKey))
        .map(DmnDecisionTableEvaluationEvent.class::cast)
        .findFirst().orElseThrow(() -> new IllegalArgumentException("No required decision " + requiredDecisionKey))
        .getMatchingRules();
  }

  private DmnDecisionEvaluationEvent lastEvaluation() {
    assertThat(events).hasSize(1);
    return events.get(0);
  }

  public static List<String> ruleIds(DmnDecision decisionTable) {
    return table(decisionTable).getRules().stream().map(DmnDecisionTableRuleImpl::getId).toList();
  }

  /** Whether the table has the UNIQUE hit policy, so that an input matching two rules is an error, not a choice. */
  public static boolean isUnique(DmnDecision decisionTable) {
    return table(decisionTable).getHitPolicyHandler() instanceof UniqueHitPolicyHandler;
  }

  private static DmnDecisionTableImpl table(DmnDecision decisionTable) {
    return (DmnDecisionTableImpl) decisionTable.getDecisionLogic();
  }

  /**
   * The rule ids in the last column of the {@code @CsvSource} of the test method {@code methodName}, to compare with
   * {@link #ruleIds} so that a rule added to a table without a test case fails.
   */
  public static List<String> testedRuleIds(Class<?> testClass, String methodName) {
    CsvSource cases = Arrays.stream(testClass.getDeclaredMethods())
        .filter(method -> method.getName().equals(methodName) && method.isAnnotationPresent(CsvSource.class))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(
            testClass.getSimpleName() + " has no @CsvSource method " + methodName))
        .getAnnotation(CsvSource.class);
    return Arrays.stream(cases.value()).map(line -> line.substring(line.lastIndexOf(',') + 1).trim()).toList();
  }
}
