package org.riskcycle.intelligence;

import java.util.Map;
import java.util.Optional;

/** The five steps of the intelligence cycle of Vision and Strategy 2020 (Objective 1.B), in the plan's order. */
public enum IntelligenceStep {
  PLANNING_AND_DIRECTION("Planning and direction"),
  COLLECTION("Collection"),
  PROCESSING_AND_EXPLOITATION("Processing and exploitation"),
  ANALYSIS_AND_PRODUCTION("Analysis and production"),
  DISSEMINATION("Dissemination and feedback");

  private static final Map<String, IntelligenceStep> STEP_OF_TASK = Map.ofEntries(
      Map.entry("Task_DraftRequirement", PLANNING_AND_DIRECTION),
      Map.entry("Task_ApproveRequirement", PLANNING_AND_DIRECTION),
      Map.entry("Task_PlanCollection", COLLECTION),
      Map.entry("Task_CollectInformation", COLLECTION),
      Map.entry("Task_FollowUpOverdueCollection", COLLECTION),
      Map.entry("Task_DecideOnCollectionGaps", COLLECTION),
      Map.entry("Task_ProcessCollection", PROCESSING_AND_EXPLOITATION),
      Map.entry("Task_ProduceProduct", ANALYSIS_AND_PRODUCTION),
      Map.entry("Task_PeerReviewProduct", ANALYSIS_AND_PRODUCTION),
      Map.entry("Task_ReviseProduct", ANALYSIS_AND_PRODUCTION),
      Map.entry("Task_ReleaseProduct", DISSEMINATION),
      Map.entry("Task_RefineRequirement", DISSEMINATION));

  private final String label;

  IntelligenceStep(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The step's number in the plan, 1 to 5. */
  public int number() {
    return ordinal() + 1;
  }

  /** The step a user task of the intelligence cycle belongs to, by its id in the model; empty for other tasks. */
  public static Optional<IntelligenceStep> ofTask(String taskDefinitionKey) {
    return Optional.ofNullable(STEP_OF_TASK.get(taskDefinitionKey));
  }
}
