package org.riskcycle.risk.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.riskcycle.engine.Actor;
import org.riskcycle.engine.EngineClock;
import org.riskcycle.engine.TaskInput;
import org.riskcycle.risk.Confidence;
import org.riskcycle.risk.Level;
import org.riskcycle.risk.register.RiskRegister;
import org.riskcycle.risk.register.Score;
import org.springframework.stereotype.Component;

/**
 * Step 3, "analyze and assess the risk": as the listener of the user task it checks the analyst's input; as the
 * delegate of the task after the {@code RiskExceedsTolerance} decision (which sets {@code riskLevel} and
 * {@code exceedsTolerance}) it records the score, in the same transaction as the analyst's completion.
 */
@Component("riskAssessment")
class RiskAssessment implements TaskListener, JavaDelegate {

  private final RiskRegister register;

  RiskAssessment(RiskRegister register) {
    this.register = register;
  }

  @Override
  public void notify(DelegateTask task) {
    String actor = Actor.of(task);
    TaskInput input = TaskInput.of(task);
    read(input);
    input.requireValid();
    task.setVariable("assessedBy", actor);
  }

  @Override
  public void execute(DelegateExecution execution) {
    TaskInput input = TaskInput.of("Analyze and assess the risk", execution);
    Score entered = read(input);
    input.requireValid();
    Level level = Level.valueOf((String) execution.getVariable("riskLevel"));
    boolean exceeds = (Boolean) execution.getVariable("exceedsTolerance");
    Score score = new Score(Score.Kind.ASSESSMENT, entered.likelihood(), entered.impact(), level,
        entered.riskTolerance(), exceeds, entered.vulnerability(), entered.consequence(), entered.confidence(),
        entered.rationale());
    register.recordScore((String) execution.getVariable("riskId"), (Integer) execution.getVariable("iteration"),
        score, (String) execution.getVariable("assessedBy"), EngineClock.now());
    // answered by this assessment: later forms must not show them again
    execution.removeVariable("newInformation");
    execution.removeVariable("returnReason");
  }

  private static Score read(TaskInput input) {
    return new Score(Score.Kind.ASSESSMENT, input.code("likelihood", Level.class), input.code("impact", Level.class),
        null, input.code("riskTolerance", Level.class), false, input.text("vulnerability", 4000),
        input.text("consequence", 4000), input.code("confidence", Confidence.class), input.text("rationale", 4000));
  }
}
