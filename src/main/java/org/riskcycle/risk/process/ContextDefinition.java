package org.riskcycle.risk.process;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.riskcycle.catalog.CatalogChoices;
import org.riskcycle.engine.Actor;
import org.riskcycle.engine.EngineClock;
import org.riskcycle.engine.JsonVariables;
import org.riskcycle.engine.Option;
import org.riskcycle.engine.TaskInput;
import org.riskcycle.risk.DecisionLevel;
import org.riskcycle.risk.Domain;
import org.riskcycle.risk.Level;
import org.riskcycle.risk.Location;
import org.riskcycle.risk.Orientation;
import org.riskcycle.risk.register.AssessmentContext;
import org.riskcycle.risk.register.RiskRegister;
import org.springframework.stereotype.Component;

/**
 * Step 1, the context of an assessment's iteration: as the listener of "define the context", or as the delegate of
 * "record the given context" when the caller starting the assessment gave it. Checks the context, opens the
 * assessment on its first iteration and records the iteration with the goals and objectives at stake.
 */
@Component("contextDefinition")
class ContextDefinition implements TaskListener, JavaDelegate {

  private final RiskRegister register;
  private final CatalogChoices catalog;

  ContextDefinition(RiskRegister register, CatalogChoices catalog) {
    this.register = register;
    this.catalog = catalog;
  }

  @Override
  public void notify(DelegateTask task) {
    define(task, TaskInput.of(task), Actor.of(task), task.getProcessInstanceId());
  }

  @Override
  public void execute(DelegateExecution execution) {
    define(execution, TaskInput.of("The context given at the start", execution),
        Actor.starter(execution, "Starting an assessment with its context"),
        execution.getProcessInstanceId());
  }

  private void define(VariableScope scope, TaskInput input, String actor, String processInstanceId) {
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
    LocalDate today = EngineClock.today();
    if (context.decisionDeadline() != null && context.decisionDeadline().isBefore(today)) {
      input.problem("decisionDeadline", "must not be before today (" + today + ")");
    }
    if (context.decisionDeadline() != null && context.reviewHorizon() != null
        && !context.reviewHorizon().isAfter(context.decisionDeadline())) {
      input.problem("reviewHorizon", "must be after the decision deadline");
    }
    input.requireValid();

    Instant now = EngineClock.now();
    String assessmentId = (String) scope.getVariable("assessmentId");
    if (assessmentId == null) {
      assessmentId = register.openAssessment(processInstanceId, context.title(), actor, now);
    }
    int iteration = register.defineIteration(assessmentId, context, actor, now);
    scope.setVariable("assessmentId", assessmentId);
    scope.setVariable("iteration", iteration);
    scope.setVariable("stakeOptions", JsonVariables.json(stake));
    scope.setVariable("goalsAtStakeText", stake.stream().map(Option::label).collect(Collectors.joining("\n")));
  }
}
