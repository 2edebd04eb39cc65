package org.riskcycle.webhook;

import java.time.Instant;
import java.util.List;

/** A new subscription with its secret, which RiskCycle shows this once: keep it to check the signatures. */
record CreatedSubscription(String id, String url, List<String> events, boolean active, Instant createdAt,
    String secret) {

  static CreatedSubscription of(Subscription subscription, String secret) {
    return new CreatedSubscription(subscription.id(), subscription.url(), subscription.events(),
        subscription.active(), subscription.createdAt(), secret);
  }
}
