package org.riskcycle.webhook;

import java.util.Arrays;
import java.util.Optional;

/** The events an integrator may subscribe to, by the name they carry on the wire. */
enum WebhookEventType {
  STEP_STARTED("step.started"),
  STEP_COMPLETED("step.completed"),
  RISK_DECIDED("risk.decided"),
  PRODUCT_RELEASED("product.released");

  private final String wireName;

  WebhookEventType(String wireName) {
    this.wireName = wireName;
  }

  String wireName() {
    return wireName;
  }

  static Optional<WebhookEventType> ofWireName(String name) {
    return Arrays.stream(values()).filter(type -> type.wireName.equals(name)).findFirst();
  }
}
