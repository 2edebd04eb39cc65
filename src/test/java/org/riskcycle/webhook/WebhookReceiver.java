package org.riskcycle.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A local HTTP server that receives webhooks, answering 500 to the first {@code failures} requests, then 200. */
class WebhookReceiver implements AutoCloseable {

  /** One request as received. */
  record Received(Map<String, String> headers, String body, int answeredWith) {
  }

  private final HttpServer server;
  private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
  private final AtomicInteger failuresLeft;

  WebhookReceiver(int failures) throws IOException {
    failuresLeft = new AtomicInteger(failures);
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/events", exchange -> {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      int status = failuresLeft.getAndDecrement() > 0 ? 500 : 200;
      Map<String, String> headers = Map.of(
          "event", String.valueOf(exchange.getRequestHeaders().getFirst("RiskCycle-Event")),
          "delivery", String.valueOf(exchange.getRequestHeaders().getFirst("RiskCycle-Delivery")),
          "signature", String.valueOf(exchange.getRequestHeaders().getFirst("RiskCycle-Signature")));
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
      received.add(new Received(headers, body, status));
    });
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/events";
  }

  /** The next request, waiting at most {@code seconds}. */
  Received next(int seconds) throws InterruptedException {
    Received next = received.poll(seconds, TimeUnit.SECONDS);
    if (next == null) {
      throw new AssertionError("no webhook received within " + seconds + " s");
    }
    return next;
  }

  /** The next request of the given event type, skipping others. */
  Received next(String eventType, int seconds) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < deadline) {
      Received next = received.poll(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())),
          TimeUnit.MILLISECONDS);
      if (next != null && eventType.equals(next.headers().get("event"))) {
        return next;
      }
    }
    throw new AssertionError("no " + eventType + " webhook received within " + seconds + " s");
  }

  /** Whether the signature header is the HMAC of the body with this secret. */
  static boolean signedWith(Received received, String secret) {
    String[] parts = received.headers().get("signature").split(",");
    String timestamp = parts[0].substring(2);
    return parts[1].equals("v1=" + WebhookSignature.hmac(secret, timestamp + "." + received.body()));
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
