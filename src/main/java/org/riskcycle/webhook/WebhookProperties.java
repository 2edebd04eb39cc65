package org.riskcycle.webhook;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How webhooks are delivered ({@code riskcycle.webhooks.*}).
 *
 * @param deliveryEnabled whether this node delivers (every node writes the outbox)
 * @param pollInterval how often the outbox is read for due deliveries
 * @param retryBase the wait after the first failed attempt; it doubles after each further failure, up to an hour
 * @param maxAttempts attempts before a delivery is given up as failed
 * @param timeout how long one attempt waits for the receiver
 * @param allowPrivateNetworks whether subscriptions may point at loopback, link-local or private addresses; off by
 *     default, so that a subscriber cannot make RiskCycle call into its own network
 */
@ConfigurationProperties("riskcycle.webhooks")
record WebhookProperties(
    @DefaultValue("true") boolean deliveryEnabled,
    @DefaultValue("1s") Duration pollInterval,
    @DefaultValue("10s") Duration retryBase,
    @DefaultValue("10") int maxAttempts,
    @DefaultValue("10s") Duration timeout,
    @DefaultValue("false") boolean allowPrivateNetworks) {

  static final Duration LONGEST_WAIT = Duration.ofHours(1);

  /** The wait before the next attempt after {@code failedAttempts} failures. */
  Duration backoffAfter(int failedAttempts) {
    Duration wait = retryBase.multipliedBy(1L << Math.min(failedAttempts - 1, 20));
    return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
  }
}
