package org.riskcycle.intelligence.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.riskcycle.engine.Actor;
import org.riskcycle.engine.EngineClock;
import org.riskcycle.engine.TaskInput;
import org.riskcycle.intelligence.AnalyticConfidence;
import org.riskcycle.intelligence.EstimativeLikelihood;
import org.riskcycle.intelligence.HandlingCaveat;
import org.riskcycle.intelligence.register.CollectionResult;
import org.riskcycle.intelligence.register.IntelligenceRegister;
import org.riskcycle.intelligence.register.KeyJudgment;
import org.riskcycle.intelligence.register.ProductDraft;
import org.riskcycle.intelligence.register.ProductVersion;
import org.springframework.stereotype.Component;

/**
 * Step 4, "produce the product" and "revise the product": key judgments in ICD 203 estimative language with a separate
 * confidence, assumptions, alternatives considered, sources among the kept results, and a handling caveat no lower
 * than the requirement's. Every completion is a new immutable version, whose producer is its author; every author of
 * any version is kept ({@code productAuthors}), since none of them may review or release the product.
 */
@Component("productProduction")
class ProductProduction implements TaskListener {

  private final IntelligenceRegister register;

  ProductProduction(IntelligenceRegister register) {
    this.register = register;
  }

  @Override
  public void notify(DelegateTask task) {
    String requirementId = (String) task.getVariable("requirementId");
    HandlingCaveat requirementCaveat = HandlingCaveat.valueOf((String) task.getVariable("handlingCaveat"));
    TaskInput input = TaskInput.of(task);
    String title = input.text("productTitle", 200);
    String summary = input.text("productSummary", 4000);
    List<KeyJudgment> judgments = new ArrayList<>();
    for (TaskInput judgment : input.items("keyJudgments", 1, 10)) {
      judgments.add(new KeyJudgment(judgment.text("judgment", 2000),
          judgment.code("likelihood", EstimativeLikelihood.class),
          judgment.code("confidence", AnalyticConfidence.class)));
    }
    String assumptions = input.text("assumptions", 4000);
    String alternatives = input.text("alternativesConsidered", 4000);
    List<String> sources = input.texts("sourceResultIds");
    Set<String> kept = register.keptResults(requirementId).stream().map(CollectionResult::id)
        .collect(Collectors.toSet());
    sources.stream().filter(source -> !kept.contains(source)).findFirst().ifPresent(source ->
        input.problem("sourceResultIds", "contains '" + source + "', which is no result kept in processing"));
    HandlingCaveat caveat = input.code("productCaveat", HandlingCaveat.class);
    if (caveat != null && requirementCaveat.isAbove(caveat)) {
      input.problem("productCaveat", "must not be below the requirement's handling caveat ("
          + requirementCaveat.label() + ")");
    }
    input.requireValid();
    String author = Actor.of(task);
    ProductVersion version = register.recordProductVersion(requirementId,
        new ProductDraft(title, summary, judgments, assumptions, alternatives, sources, caveat), author,
        EngineClock.now());
    task.setVariable("productId", version.productId());
    task.setVariable("productVersion", version.version());
    task.setVariable("productAuthor", author);
    String authors = (String) task.getVariable("productAuthors");
    if (authors == null || !List.of(authors.split(",")).contains(author)) {
      task.setVariable("productAuthors", authors == null ? author : authors + "," + author);
    }
    task.setVariable("productText", IntelligenceTexts.product(version));
    task.removeVariable("reworkReason");
  }
}
