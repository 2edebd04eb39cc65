package org.riskcycle.risk;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The six steps of the risk management cycle of Vision and Strategy 2020 ("Managing Risk"), in the plan's order. */
public enum CycleStep {
  DEFINE_CONTEXT("Define the context and the goals at stake"),
  IDENTIFY_RISKS("Identify the risks"),
  ANALYZE_AND_ASSESS("Analyze and assess the risks"),
  DEVELOP_ALTERNATIVES("Develop alternatives with their costs and benefits"),
  DECIDE_AND_IMPLEMENT("Decide among the alternatives and implement"),
  MONITOR("Monitor the decisions and feed back");

  private static final Map<String, CycleStep> STEP_OF_TASK = Map.of(
      "Task_DefineContext", DEFINE_CONTEXT,
      "Task_IdentifyRisks", IDENTIFY_RISKS,
      "Task_AssessRisk", ANALYZE_AND_ASSESS,
      "Task_DevelopAlternatives", DEVELOP_ALTERNATIVES,
      "Task_DecideTreatment", DECIDE_AND_IMPLEMENT,
      "Task_ImplementTreatment", DECIDE_AND_IMPLEMENT,
      "Task_ReviewTreatment", MONITOR);

  private final String label;

  CycleStep(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The step's number in the plan, 1 to 6. */
  public int number() {
    return ordinal() + 1;
  }

  public static CycleStep ofNumber(int number) {
    return values()[number - 1];
  }

  /** The step a user task of the risk processes belongs to, by its id in the model; empty for other tasks. */
  public static Optional<CycleStep> ofTask(String taskDefinitionKey) {
    return Optional.ofNullable(STEP_OF_TASK.get(taskDefinitionKey));
  }

  /** The ids of the user tasks that make up this step. */
  public Set<String> taskDefinitionKeys() {
    return STEP_OF_TASK.entrySet().stream().filter(task -> task.getValue() == this).map(Map.Entry::getKey)
        .collect(Collectors.toSet());
  }
}
