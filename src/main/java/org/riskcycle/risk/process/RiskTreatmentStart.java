package org.riskcycle.risk.process;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.riskcycle.catalog.CatalogChoices;
import org.riskcycle.engine.EngineClock;
import org.riskcycle.engine.InvalidTaskInput;
import org.riskcycle.engine.JsonVariables;
import org.riskcycle.risk.register.RiskInContext;
import org.riskcycle.risk.register.RiskRegister;
import org.springframework.stereotype.Component;

/**
 * Gives a risk's treatment what its forms show, read from the register: the assessment's context and the risk as
 * identified. Only the risk id comes from the caller (the business key).
 */
@Component("riskTreatmentStart")
class RiskTreatmentStart implements ExecutionListener {

  private final RiskRegister register;
  private final CatalogChoices catalog;

  RiskTreatmentStart(RiskRegister register, CatalogChoices catalog) {
    this.register = register;
    this.catalog = catalog;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String riskId = execution.getProcessBusinessKey();
    RiskInContext risk = riskId == null ? null : register.riskInContext(riskId).orElse(null);
    if (risk == null) {
      throw new InvalidTaskInput("Starting a risk's treatment", List.of("the business key must be the id of a"
          + " registered risk ('" + riskId + "' is not); the risk's assessment starts its treatment"));
    }
    execution.setVariable("riskId", risk.riskId());
    execution.setVariable("assessmentId", risk.assessmentId());
    execution.setVariable("iteration", risk.iteration());
    execution.setVariable("assessmentTitle", risk.context().title());
    execution.setVariable("scope", risk.context().scope());
    execution.setVariable("goalsAtStake", JsonVariables.json(risk.context().goalsAtStake()));
    execution.setVariable("goalsAtStakeText", labels(risk.context().goalsAtStake()));
    execution.setVariable("riskTolerance", risk.context().riskTolerance().name());
    execution.setVariable("decisionDeadline", risk.context().decisionDeadline().toString());
    execution.setVariable("decisionDueAt", EngineClock.startOfDayAfter(risk.context().decisionDeadline()));
    execution.setVariable("reviewHorizon", risk.context().reviewHorizon().toString());
    execution.setVariable("riskTitle", risk.title());
    execution.setVariable("riskDescription", risk.description());
    execution.setVariable("threatCategory", risk.threatCategory().name());
    execution.setVariable("threatenedObjectivesText", labels(risk.threatenedObjectives()));
    execution.setVariable("riskSource", risk.source());
  }

  private String labels(List<String> catalogIds) {
    return catalogIds.stream().map(id -> catalog.currentLabel(id).orElse(id)).collect(Collectors.joining("\n"));
  }
}
