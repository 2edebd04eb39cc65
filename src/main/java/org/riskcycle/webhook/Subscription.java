package org.riskcycle.webhook;

import java.time.Instant;
import java.util.List;

/** An integrator's subscription: where to send which events. The secret is shown once, when it is created. */
record Subscription(String id, String owner, String url, List<String> events, boolean active, Instant createdAt) {
}
