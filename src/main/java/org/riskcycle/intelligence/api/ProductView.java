package org.riskcycle.intelligence.api;

import java.time.Instant;
import java.util.List;
import org.riskcycle.intelligence.HandlingCaveat;
import org.riskcycle.intelligence.register.KeyJudgment;
import org.riskcycle.intelligence.register.ProductDraft;
import org.riskcycle.intelligence.register.ReleasedProduct;

/** A released intelligence product as its recipients read it: the released version, never a later draft. */
record ProductView(String productId, int version, String title, String summary, List<KeyJudgment> keyJudgments,
    String assumptions, String alternativesConsidered, HandlingCaveat handlingCaveat, String requirementQuestion,
    String releasedBy, Instant releasedAt, List<String> recipientGroups) {

  static ProductView of(ReleasedProduct released) {
    ProductDraft product = released.product().draft();
    return new ProductView(released.product().productId(), released.product().version(), product.title(),
        product.summary(), product.keyJudgments(), product.assumptions(), product.alternativesConsidered(),
        product.handlingCaveat(), released.requirementQuestion(), released.releasedBy(), released.releasedAt(),
        released.recipientGroups());
  }
}
