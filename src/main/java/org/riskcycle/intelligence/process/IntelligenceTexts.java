package org.riskcycle.intelligence.process;

import java.util.List;
import java.util.stream.Collectors;
import org.riskcycle.catalog.CatalogChoices;
import org.riskcycle.intelligence.register.CollectionResult;
import org.riskcycle.intelligence.register.Feedback;
import org.riskcycle.intelligence.register.KeyJudgment;
import org.riskcycle.intelligence.register.ProductVersion;
import org.riskcycle.intelligence.register.RequirementDraft;
import org.riskcycle.risk.RiskInformation;
import org.riskcycle.risk.RiskReference;
import org.springframework.stereotype.Component;

/**
 * The requirement, the collection, the product and the feedback as Markdown, for the forms that show them.
 */
@Component
class IntelligenceTexts {

  private final CatalogChoices catalog;
  private final RiskInformation risks;

  IntelligenceTexts(CatalogChoices catalog, RiskInformation risks) {
    this.catalog = catalog;
    this.risks = risks;
  }

  String goals(List<String> catalogIds) {
    return catalogIds.stream().map(id -> "- " + catalog.currentLabel(id).orElse(id)).collect(Collectors.joining("\n"));
  }

  String risks(List<String> riskIds) {
    return riskIds.isEmpty() ? "- none" : riskIds.stream()
        .map(id -> "- " + risks.risk(id).map(RiskReference::label).orElse(id)).collect(Collectors.joining("\n"));
  }

  String requirement(RequirementDraft draft) {
    return "**Question:** " + draft.requirementQuestion()
        + "\n\n**Requested by:** " + draft.requestedBy()
        + "\n\n**Decision supported:** " + draft.decisionSupported()
        + "\n\n**Priority:** " + draft.priority().label()
        + " · **Latest time of value:** " + draft.latestTimeOfValue()
        + " · **Handling:** " + draft.handlingCaveat().label()
        + "\n\n**Goals and objectives:**\n" + goals(draft.linkedGoals())
        + "\n\n**Linked risks:**\n" + risks(draft.linkedRisks());
  }

  static String results(List<CollectionResult> results) {
    return results.stream().map(IntelligenceTexts::result).collect(Collectors.joining("\n"));
  }

  static String result(CollectionResult result) {
    return result.collected()
        ? "- **" + result.asset() + "** (" + result.sourceReliability().name() + result.informationCredibility()
            + "): " + result.summary()
        : "- **" + result.asset() + "**: gap. " + result.gapDescription();
  }

  static String product(ProductVersion product) {
    StringBuilder text = new StringBuilder("### " + product.draft().title() + " (version " + product.version()
        + ", " + product.draft().handlingCaveat().label() + ")\n\n" + product.draft().summary()
        + "\n\n**Key judgments**\n");
    for (KeyJudgment judgment : product.draft().keyJudgments()) {
      text.append("\n- ").append(judgment.judgment()).append(" *").append(judgment.likelihood().label())
          .append("; ").append(judgment.confidence().label().toLowerCase()).append(" confidence*");
    }
    return text.append("\n\n**Assumptions:** ").append(product.draft().assumptions())
        .append("\n\n**Alternatives considered:** ").append(product.draft().alternativesConsidered())
        .append("\n\n**Sources:** ").append(product.draft().sourceResultIds().size()).append(" graded results")
        .append("\n\n*Produced by ").append(product.producedBy()).append(".*").toString();
  }

  static String feedback(List<Feedback> feedback) {
    return feedback.stream().map(f -> "- **" + f.groupId() + "**: requirement "
        + (f.requirementSatisfied() ? "satisfied" : "not satisfied") + "; relevance " + f.relevance().label()
        + ", accuracy " + f.accuracy().label() + ", timeliness " + f.timeliness().label() + ", usefulness "
        + f.usefulness().label() + (f.comment() == null ? "" : ". " + f.comment()))
        .collect(Collectors.joining("\n"));
  }
}
