package org.riskcycle.intelligence.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.riskcycle.intelligence.Rating;

/** A recipient group's feedback on a released product. */
@Schema(example = """
    {"relevance": "HIGH", "accuracy": "HIGH", "timeliness": "MODERATE", "usefulness": "VERY_HIGH",
     "requirementSatisfied": false, "feedbackComment": "We still need the times of day for the vehicle lanes."}""")
record FeedbackRequest(@NotNull Rating relevance, @NotNull Rating accuracy, @NotNull Rating timeliness,
    @NotNull Rating usefulness, @NotNull Boolean requirementSatisfied, @Size(max = 2000) String feedbackComment) {

  /** The variables of the feedback task, as its form submits them. */
  VariableMap variables() {
    return Variables.createVariables().putValue("relevance", relevance.name()).putValue("accuracy", accuracy.name())
        .putValue("timeliness", timeliness.name()).putValue("usefulness", usefulness.name())
        .putValue("requirementSatisfied", requirementSatisfied ? "YES" : "NO")
        .putValue("feedbackComment", feedbackComment);
  }
}
