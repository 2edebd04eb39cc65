package org.riskcycle.intelligence.process;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.riskcycle.engine.Actor;
import org.riskcycle.engine.AnsweredAnew;
import org.riskcycle.engine.EngineClock;
import org.riskcycle.engine.JsonVariables;
import org.riskcycle.engine.TaskInput;
import org.riskcycle.intelligence.HandlingCaveat;
import org.riskcycle.intelligence.PartnerMarkings;
import org.riskcycle.intelligence.ProductReleased;
import org.riskcycle.intelligence.register.IntelligenceRegister;
import org.riskcycle.intelligence.register.ProductVersion;
import org.riskcycle.intelligence.register.Requirement;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Step 5, "authorize the release": the release authority chooses the recipient partner groups on a need-to-know
 * basis, never a group whose highest permitted marking is below the product's caveat, and the released version is
 * kept as an immutable snapshot; or the product goes back to its author for revision.
 */
@Component("productRelease")
class ProductRelease extends AnsweredAnew {

  private final IntelligenceRegister register;
  private final PartnerMarkings markings;
  private final IntelligenceTexts texts;
  private final ApplicationEventPublisher events;

  ProductRelease(IntelligenceRegister register, PartnerMarkings markings, IntelligenceTexts texts,
      ApplicationEventPublisher events) {
    super(List.of("releaseOutcome", "recipientGroups", "needToKnow", "releaseComment"));
    this.register = register;
    this.markings = markings;
    this.texts = texts;
    this.events = events;
  }

  @Override
  protected void complete(DelegateTask task) {
    ProductVersion product = register.productVersion((String) task.getVariable("productId"),
        (Integer) task.getVariable("productVersion")).orElseThrow();
    HandlingCaveat caveat = product.draft().handlingCaveat();
    TaskInput input = TaskInput.of(task);
    boolean release = "RELEASE".equals(input.choice("releaseOutcome", List.of("RELEASE", "RETURN_FOR_REVISION")));
    String comment = input.optionalText("releaseComment", 2000);
    Map<String, HandlingCaveat> recipients = new LinkedHashMap<>();
    String needToKnow = null;
    if (release) {
      for (String group : input.texts("recipientGroups")) {
        Optional<HandlingCaveat> highest = markings.highestFor(group);
        if (highest.isEmpty()) {
          input.problem("recipientGroups", "contains '" + group + "', which is no partner group");
        } else if (caveat.isAbove(highest.get())) {
          input.problem("recipientGroups", "contains " + group + ", which may receive at most "
              + highest.get().label() + "; this product is " + caveat.label());
        } else {
          recipients.put(group, highest.get());
        }
      }
      needToKnow = input.text("needToKnow", 2000);
    } else if (!input.hasProblemWith("releaseOutcome") && comment == null && !input.hasProblemWith("releaseComment")) {
      input.problem("releaseComment", "is required to return the product: say what to revise");
    }
    input.requireValid();

    String actor = Actor.of(task);
    Instant now = EngineClock.now();
    String authority = (String) task.getVariable("releaseAuthority");
    if (!release) {
      register.recordRelease(product, authority, Map.of(), null, comment, actor, now, null);
      task.setVariable("reworkReason", "Returned by the release authority (" + actor + "): " + comment);
      return;
    }
    Requirement requirement = register.requirement(product.requirementId()).orElseThrow();
    Map<String, Object> snapshot = new LinkedHashMap<>();
    snapshot.put("requirement", requirement);
    snapshot.put("product", product);
    snapshot.put("recipients", recipients);
    snapshot.put("needToKnow", needToKnow);
    snapshot.put("releasedBy", actor);
    snapshot.put("releasedAt", now);
    String releaseId = register.recordRelease(product, authority, recipients, needToKnow, comment, actor, now,
        JsonVariables.write(snapshot));
    task.setVariable("releaseId", releaseId);
    task.setVariable("releasedBy", actor);
    task.setVariable("releaseRecipients", JsonVariables.collection(recipients.keySet()));
    task.setVariable("releasedProductText", "**Requirement**\n\n" + texts.requirement(requirement.draft())
        + "\n\n" + IntelligenceTexts.product(product) + "\n\n*Released by " + actor + " on " + now + " to "
        + String.join(", ", recipients.keySet()) + ".*");
    register.setStatus(product.requirementId(), "RELEASED", now);
    events.publishEvent(new ProductReleased(product.productId(), product.version(), releaseId, product.requirementId(),
        caveat, List.copyOf(recipients.keySet()), actor, now));
  }
}
