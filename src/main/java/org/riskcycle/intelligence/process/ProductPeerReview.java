package org.riskcycle.intelligence.process;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.riskcycle.engine.Actor;
import org.riskcycle.engine.AnsweredAnew;
import org.riskcycle.engine.EngineClock;
import org.riskcycle.engine.TaskInput;
import org.riskcycle.intelligence.TradecraftStandard;
import org.riskcycle.intelligence.register.IntelligenceRegister;
import org.springframework.stereotype.Component;

/**
 * Step 4, "peer-review the product": another analyst judges the version against the nine ICD 203 tradecraft
 * standards; only a version that meets them all can be accepted, otherwise it goes back with comments.
 */
@Component("productPeerReview")
class ProductPeerReview extends AnsweredAnew {

  private static final String MET = "MET";
  private static final String NOT_APPLICABLE = "NOT_APPLICABLE";

  private final IntelligenceRegister register;

  ProductPeerReview(IntelligenceRegister register) {
    super(Stream.concat(Stream.of(TradecraftStandard.values()).map(TradecraftStandard::variable),
        Stream.of("peerReviewOutcome", "peerReviewComments")).toList());
    this.register = register;
  }

  @Override
  protected void complete(DelegateTask task) {
    TaskInput input = TaskInput.of(task);
    Map<String, String> verdicts = new LinkedHashMap<>();
    for (TradecraftStandard standard : TradecraftStandard.values()) {
      List<String> allowed = standard.mayBeNotApplicable() ? List.of(MET, "NOT_MET", NOT_APPLICABLE)
          : List.of(MET, "NOT_MET");
      String verdict = input.choice(standard.variable(), allowed);
      if (verdict != null) {
        verdicts.put(standard.variable(), verdict);
      }
    }
    String outcome = input.choice("peerReviewOutcome", List.of("ACCEPT", "SEND_BACK"));
    String comments = input.optionalText("peerReviewComments", 4000);
    List<String> unmet = verdicts.entrySet().stream()
        .filter(verdict -> !MET.equals(verdict.getValue()) && !NOT_APPLICABLE.equals(verdict.getValue()))
        .map(Map.Entry::getKey).toList();
    if ("ACCEPT".equals(outcome) && !unmet.isEmpty()) {
      input.problem("peerReviewOutcome", "cannot accept a product that does not meet " + String.join(", ", unmet)
          + "; send it back");
    }
    if ("SEND_BACK".equals(outcome) && comments == null && !input.hasProblemWith("peerReviewComments")) {
      input.problem("peerReviewComments", "is required to send the product back: say what to change");
    }
    input.requireValid();
    String reviewer = Actor.of(task);
    register.recordPeerReview((String) task.getVariable("productId"), (Integer) task.getVariable("productVersion"),
        "ACCEPT".equals(outcome), verdicts, comments, reviewer, EngineClock.now());
    if ("SEND_BACK".equals(outcome)) {
      task.setVariable("reworkReason", "Peer review by " + reviewer + ": " + comments);
    }
  }
}
