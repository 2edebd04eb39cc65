/**
 * Webhooks: integrators subscribe to step transitions and decisions of the cycles; each event is written to an outbox
 * in the transaction that produced it and delivered after it commits, as JSON signed with an HMAC of the
 * subscription's secret, retried with backoff, never lost by a restart, every attempt logged.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Webhooks")
package org.riskcycle.webhook;
