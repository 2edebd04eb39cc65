package org.riskcycle.risk.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.riskcycle.risk.CycleStep;
import org.riskcycle.risk.register.Alternative;
import org.riskcycle.risk.register.AssessmentContext;
import org.riskcycle.risk.register.DecisionRecordView;
import org.riskcycle.risk.register.RiskSummary;

/**
 * An assessment as an integrator reads it: its context, where it stands in the six steps, its risks with their
 * levels, alternatives and decisions, and the tasks open in its cycle.
 */
record AssessmentView(String id, String title, String status, int iteration, String createdBy, Instant createdAt,
    Instant closedAt, AssessmentContext context, List<StepState> steps, List<RiskView> risks,
    List<OpenTask> openTasks) {

  /**
   * One step of the cycle: {@code CURRENT} while the assessment or a risk is at it, {@code DONE} once all work is
   * past it, {@code PENDING} before; {@code risks} counts the risks at it.
   */
  record StepState(int number, CycleStep step, String name, String state, long risks) {
  }

  /** A risk with the alternatives last put to its decider and every decision on it. */
  record RiskView(@JsonUnwrapped RiskSummary risk, List<Alternative> alternatives,
      List<DecisionRecordView> decisions) {
  }

  static List<StepState> steps(String status, List<CycleStep> current, List<RiskSummary> risks) {
    CycleStep earliest = current.stream().min(Comparator.naturalOrder()).orElse(null);
    boolean allDone = "CLOSED".equals(status) || earliest == null && !risks.isEmpty();
    return Arrays.stream(CycleStep.values()).map(step -> new StepState(step.number(), step, step.label(),
            allDone || earliest != null && step.compareTo(earliest) < 0 ? "DONE"
                : current.contains(step) ? "CURRENT" : "PENDING",
            risks.stream().filter(risk -> risk.currentStep() == step).count()))
        .toList();
  }

  /** A user task waiting in the assessment's cycle or one of its risks' treatments. */
  @Schema(name = "AssessmentOpenTask")
  record OpenTask(String id, String name, String taskDefinitionKey, String riskId, List<String> candidateGroups,
      String assignee, Instant due) {
  }
}
