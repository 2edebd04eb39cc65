package org.riskcycle.risk.process;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.riskcycle.risk.DecisionLevel;
import org.riskcycle.risk.Domain;
import org.riskcycle.risk.Level;
import org.riskcycle.risk.Location;
import org.riskcycle.risk.Orientation;
import org.riskcycle.risk.register.AssessmentContext;
import org.riskcycle.risk.register.RiskRegister;
import org.springframework.stereotype.Component;

/**
 * Completes "define the context" (step 1): checks the context, opens the assessment on its first iteration and
 * records the iteration with the goals and objectives at stake.
 */
@Component("contextDefinition")
class ContextDefinition implements TaskListener {

  private final RiskRegister register;
  private final CatalogChoices catalog;

  ContextDefinition(RiskRegister register, CatalogChoices catalog) {
    this.register = register;
    this.catalog = catalog;
  }

  @Override
  public void notify(DelegateTask task) {
    String actor = Actor.of(task);
    TaskInput input = TaskInput.of(task);
    AssessmentContext context = new AssessmentContext(
        input.text("title", 200),
        input.text("scope", 4000),
        input.codes("domains", Domain.class),
        input.codes("locations", Location.class),
        input.code("decisionLevel", DecisionLevel.class),
        input.code("orientation", Orientation.class),
        input.texts("goalsAtStake"),
        input.code("riskTolerance", Level.class),
        input.date("decisionDeadline"),
        input.date("reviewHorizon"));
    List<Option> stake = new ArrayList<>();
    for (String catalogId : context.goalsAtStake()) {
      catalog.currentLabel(catalogId).ifPresentOrElse(label -> stake.add(new Option(label, catalogId)),
          () -> input.problem("goalsAtStake", "contains '" + catalogId + "', not a current goal or objective"));
    }
    LocalDate today = today();
    if (context.decisionDeadline() != null && context.decisionDeadline().isBefore(today)) {
      input.problem("decisionDeadline", "must not be before today (" + today + ")");
    }
    if (context.decisionDeadline() != null && context.reviewHorizon() != null
        && !context.reviewHorizon().isAfter(context.decisionDeadline())) {
      input.problem("reviewHorizon", "must be after the decision deadline");
    }
    input.requireValid();

    Instant now = ClockUtil.now().toInstant();
    String assessmentId = (String) task.getVariable("assessmentId");
    if (assessmentId == null) {
      assessmentId = register.openAssessment(task.getProcessInstanceId(), context.title(), actor, now);
    }
    int iteration = register.defineIteration(assessmentId, context, actor, now);
    task.setVariable("assessmentId", assessmentId);
    task.setVariable("iteration", iteration);
    task.setVariable("stakeOptions", JsonVariables.json(stake));
    task.setVariable("goalsAtStakeText", stake.stream().map(Option::label).collect(Collectors.joining("\n")));
  }

  static LocalDate today() {
    return LocalDate.ofInstant(ClockUtil.now().toInstant(), ZoneId.systemDefault());
  }
}
