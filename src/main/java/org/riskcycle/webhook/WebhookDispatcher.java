package org.riskcycle.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.riskcycle.webhook.WebhookStore.Outgoing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox: every poll interval it claims the due deliveries and POSTs each to its subscriber with its
 * signature. A 2xx answer delivers it; anything else is logged and retried with backoff until the attempts run out.
 * Pending deliveries survive a restart: they are rows, read again by the next poll of any node.
 */
@Component
class WebhookDispatcher implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
  private static final int BATCH = 50;

  private final WebhookStore store;
  private final WebhookProperties properties;
  private final WebhookDestinations destinations;
  private final HttpClient http;
  private ScheduledExecutorService poller;

  WebhookDispatcher(WebhookStore store, WebhookProperties properties, WebhookDestinations destinations) {
    this.store = store;
    this.properties = properties;
    this.destinations = destinations;
    // redirects are not followed: a subscriber could otherwise lead RiskCycle to any address
    this.http = HttpClient.newBuilder().connectTimeout(properties.timeout())
        .followRedirects(HttpClient.Redirect.NEVER).build();
  }

  @Override
  public void start() {
    if (!properties.deliveryEnabled()) {
      log.info("Webhook delivery is off on this node (riskcycle.webhooks.delivery-enabled=false)");
      return;
    }
    poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "webhook-dispatcher");
      thread.setDaemon(true);
      return thread;
    });
    long interval = properties.pollInterval().toMillis();
    poller.scheduleWithFixedDelay(this::deliverDue, interval, interval, TimeUnit.MILLISECONDS);
  }

  @Override
  public void stop() {
    if (poller != null) {
      poller.shutdownNow();
      poller = null;
    }
  }

  @Override
  public boolean isRunning() {
    return poller != null;
  }

  /** Delivers what is due now; a failure of one delivery never stops the others or the next poll. */
  void deliverDue() {
    try {
      Instant now = Instant.now();
      for (String id : store.due(now, BATCH)) {
        Instant leaseUntil = now.plus(properties.timeout().multipliedBy(2));
        store.claim(id, now, leaseUntil).ifPresent(this::deliver);
      }
    } catch (RuntimeException e) {
      log.warn("Webhook delivery poll failed; retrying at the next poll", e);
    }
  }

  private void deliver(Outgoing outgoing) {
    long start = System.nanoTime();
    Optional<String> refusal = destinations.refusal(outgoing.url());
    if (refusal.isPresent()) {
      fail(outgoing, null, "The URL " + refusal.get(), start);
      return;
    }
    try {
      long timestamp = Instant.now().getEpochSecond();
      HttpRequest request = HttpRequest.newBuilder(URI.create(outgoing.url()))
          .timeout(properties.timeout())
          .header("Content-Type", "application/json")
          .header("User-Agent", "RiskCycle-Webhooks/1")
          .header("RiskCycle-Event", outgoing.eventType())
          .header("RiskCycle-Delivery", outgoing.id())
          .header("RiskCycle-Signature", WebhookSignature.header(outgoing.secret(), timestamp, outgoing.payload()))
          .POST(HttpRequest.BodyPublishers.ofString(outgoing.payload()))
          .build();
      HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
      if (response.statusCode() / 100 == 2) {
        store.delivered(outgoing, response.statusCode(), millisSince(start), Instant.now());
      } else {
        fail(outgoing, response.statusCode(), "The receiver answered " + response.statusCode(), start);
      }
    } catch (IOException e) {
      fail(outgoing, null, e.getClass().getSimpleName() + ": " + e.getMessage(), start);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      fail(outgoing, null, "Interrupted by shutdown", start);
    }
  }

  private void fail(Outgoing outgoing, Integer statusCode, String error, long start) {
    Instant now = Instant.now();
    Instant next = outgoing.attempt() >= properties.maxAttempts() ? null
        : now.plus(properties.backoffAfter(outgoing.attempt()));
    store.failed(outgoing, statusCode, error, millisSince(start), now, next);
  }

  private static long millisSince(long start) {
    return Duration.ofNanos(System.nanoTime() - start).toMillis();
  }
}
