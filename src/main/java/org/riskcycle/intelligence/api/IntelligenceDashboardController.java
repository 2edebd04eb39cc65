package org.riskcycle.intelligence.api;

import io.swagger.v3.oas.annotations.Hidden;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.riskcycle.engine.EngineClock;
import org.riskcycle.intelligence.HandlingCaveat;
import org.riskcycle.intelligence.IntelligenceStep;
import org.riskcycle.intelligence.Rating;
import org.riskcycle.intelligence.register.FeedbackAspect;
import org.riskcycle.intelligence.register.IntelligenceRegister;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The data of the managers' dashboard about intelligence: requirements by step, products released by marking, the
 * recipients' feedback, and the requirements still open past their latest time of value.
 */
@Hidden
@RestController
class IntelligenceDashboardController {

  private final IntelligenceRegister register;

  IntelligenceDashboardController(IntelligenceRegister register) {
    this.register = register;
  }

  @GetMapping("/dashboard/data/intelligence")
  IntelligenceFigures intelligence() {
    Map<Integer, Long> perStep = register.requirementsPerStep();
    List<StepFigure> steps = Arrays.stream(IntelligenceStep.values()).map(step ->
        new StepFigure(step.number(), step.label(), perStep.getOrDefault(step.number(), 0L))).toList();
    Map<String, Long> perCaveat = register.releasesPerCaveat();
    List<MarkingFigure> released = Arrays.stream(HandlingCaveat.values()).map(caveat ->
        new MarkingFigure(caveat.name(), caveat.label(), perCaveat.getOrDefault(caveat.name(), 0L))).toList();
    List<FeedbackFigure> feedback = Arrays.stream(FeedbackAspect.values()).map(aspect -> {
      Map<Rating, Long> ratings = register.feedbackRatings(aspect);
      long answers = ratings.values().stream().mapToLong(Long::longValue).sum();
      double sum = ratings.entrySet().stream().mapToDouble(r -> (r.getKey().ordinal() + 1) * r.getValue()).sum();
      return new FeedbackFigure(aspect.name(), answers, answers == 0 ? null : Math.round(sum * 10 / answers) / 10.0);
    }).toList();
    long[] satisfied = register.satisfiedOfFeedback();
    LocalDate today = EngineClock.today();
    List<LapsedRequirement> lapsed = register.pastLatestTimeOfValue(today).stream().map(requirement ->
        new LapsedRequirement(requirement.id(), requirement.draft().requirementQuestion(), requirement.status(),
            requirement.draft().priority().name(), requirement.draft().latestTimeOfValue(),
            ChronoUnit.DAYS.between(requirement.draft().latestTimeOfValue(), today))).toList();
    return new IntelligenceFigures(steps, released, feedback, satisfied[0], satisfied[1], lapsed);
  }

  /** The intelligence side of the dashboard. */
  record IntelligenceFigures(List<StepFigure> steps, List<MarkingFigure> releasedByMarking,
      List<FeedbackFigure> feedback, long feedbackSatisfied, long feedbackAnswers,
      List<LapsedRequirement> pastLatestTimeOfValue) {
  }

  /** How many open requirements stand at a step. */
  record StepFigure(int number, String name, long requirements) {
  }

  /** How many products were released under a handling caveat. */
  record MarkingFigure(String marking, String label, long products) {
  }

  /** The mean rating (1 very low to 5 very high) of one aspect over all feedback, with the number of answers. */
  record FeedbackFigure(String aspect, long answers, Double meanRating) {
  }

  /** An open requirement whose latest time of value has passed. */
  record LapsedRequirement(String id, String question, String status, String priority, LocalDate latestTimeOfValue,
      long daysPast) {
  }
}
