package org.riskcycle.webhook;

import java.time.Instant;
import java.util.List;

/**
 * One event's delivery to one subscription, with every attempt.
 *
 * @param status {@code PENDING} (due at {@code nextAttemptAt}), {@code DELIVERED}, {@code FAILED} (given up) or
 *     {@code CANCELLED} (the subscription was deleted)
 */
record Delivery(String id, String eventId, String eventType, String status, int attempts, Instant createdAt,
    Instant nextAttemptAt, Instant deliveredAt, List<Attempt> attemptLog) {

  /** One attempt: the receiver's status code, or the error that kept it from answering. */
  record Attempt(int attempt, Instant attemptedAt, Integer statusCode, String error, long durationMillis) {
  }
}
