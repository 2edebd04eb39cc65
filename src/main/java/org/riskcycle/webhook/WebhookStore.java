package org.riskcycle.webhook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.riskcycle.api.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Subscriptions, the outbox and the delivery log. The outbox is written in the transaction of the event; deliveries
 * are claimed by a lease ({@code locked_until}), so that several nodes deliver each event once.
 */
@Repository
class WebhookStore {

  private final JdbcClient db;

  WebhookStore(JdbcClient db) {
    this.db = db;
  }

  Subscription subscribe(String owner, String url, List<String> events, String secret, Instant at) {
    Subscription subscription = new Subscription(UUID.randomUUID().toString(), owner, url, events, true, at);
    db.sql("""
        insert into webhook_subscription (id, owner, url, event_types, secret, active, created_at)
        values (?, ?, ?, ?, ?, true, ?)""")
        .params(subscription.id(), owner, url, String.join(",", events), secret, Timestamp.from(at)).update();
    return subscription;
  }

  List<Subscription> subscriptionsOf(String owner) {
    return db.sql("select * from webhook_subscription where owner = ? and active order by created_at")
        .param(owner).query((rs, row) -> subscription(rs)).list();
  }

  Optional<Subscription> subscription(String id, String owner) {
    return db.sql("select * from webhook_subscription where id = ? and owner = ? and active")
        .params(id, owner).query((rs, row) -> subscription(rs)).optional();
  }

  /** Ends the subscription; deliveries not yet made are cancelled. */
  void cancel(String id, Instant at) {
    db.sql("update webhook_subscription set active = false, cancelled_at = ? where id = ?")
        .params(Timestamp.from(at), id).update();
    db.sql("update webhook_outbox set status = 'CANCELLED' where subscription_id = ? and status = 'PENDING'")
        .param(id).update();
  }

  private static Subscription subscription(ResultSet rs) throws SQLException {
    return new Subscription(rs.getString("id"), rs.getString("owner"), rs.getString("url"),
        Arrays.asList(rs.getString("event_types").split(",")), rs.getBoolean("active"),
        rs.getTimestamp("created_at").toInstant());
  }

  /** Puts the event in the outbox of every active subscription to its type. */
  void enqueue(WebhookEventType type, String eventId, String payload, Instant at) {
    List<String> subscriptions = db.sql("select id, event_types from webhook_subscription where active")
        .query((rs, row) -> Arrays.asList(rs.getString("event_types").split(",")).contains(type.wireName())
            ? rs.getString("id") : null)
        .list().stream().filter(id -> id != null).toList();
    for (String subscription : subscriptions) {
      db.sql("""
          insert into webhook_outbox (id, subscription_id, event_id, event_type, payload, status, attempts, created_at,
            next_attempt_at)
          values (?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)""")
          .params(UUID.randomUUID().toString(), subscription, eventId, type.wireName(), payload, Timestamp.from(at),
              Timestamp.from(at))
          .update();
    }
  }

  /** The ids of deliveries due now that no node holds, oldest first. */
  List<String> due(Instant now, int limit) {
    return db.sql("""
        select id from webhook_outbox
        where status = 'PENDING' and next_attempt_at <= ? and (locked_until is null or locked_until < ?)
        order by next_attempt_at, created_at limit ?""")
        .params(Timestamp.from(now), Timestamp.from(now), limit).query(String.class).list();
  }

  /** Takes the delivery for one attempt, unless another node took it first. */
  Optional<Outgoing> claim(String outboxId, Instant now, Instant leaseUntil) {
    int claimed = db.sql("""
        update webhook_outbox set locked_until = ?, attempts = attempts + 1
        where id = ? and status = 'PENDING' and (locked_until is null or locked_until < ?)""")
        .params(Timestamp.from(leaseUntil), outboxId, Timestamp.from(now)).update();
    if (claimed == 0) {
      return Optional.empty();
    }
    return db.sql("""
        select o.id, o.event_id, o.event_type, o.payload, o.attempts, s.url, s.secret
        from webhook_outbox o join webhook_subscription s on s.id = o.subscription_id where o.id = ?""")
        .param(outboxId)
        .query((rs, row) -> new Outgoing(rs.getString("id"), rs.getString("event_id"), rs.getString("event_type"),
            rs.getString("payload"), rs.getInt("attempts"), rs.getString("url"), rs.getString("secret")))
        .optional();
  }

  /** An event on its way to a subscriber. */
  record Outgoing(String id, String eventId, String eventType, String payload, int attempt, String url,
      String secret) {
  }

  void delivered(Outgoing outgoing, int statusCode, long durationMillis, Instant at) {
    logAttempt(outgoing, statusCode, null, durationMillis, at);
    db.sql("update webhook_outbox set status = 'DELIVERED', delivered_at = ?, locked_until = null where id = ?")
        .params(Timestamp.from(at), outgoing.id()).update();
  }

  /** A failed attempt: retried at {@code nextAttempt}, or given up when it is null. */
  void failed(Outgoing outgoing, Integer statusCode, String error, long durationMillis, Instant at,
      Instant nextAttempt) {
    logAttempt(outgoing, statusCode, error, durationMillis, at);
    if (nextAttempt == null) {
      db.sql("update webhook_outbox set status = 'FAILED', locked_until = null where id = ?")
          .param(outgoing.id()).update();
    } else {
      db.sql("update webhook_outbox set next_attempt_at = ?, locked_until = null where id = ?")
          .params(Timestamp.from(nextAttempt), outgoing.id()).update();
    }
  }

  private void logAttempt(Outgoing outgoing, Integer statusCode, String error, long durationMillis, Instant at) {
    db.sql("""
        insert into webhook_delivery_attempt (id, outbox_id, attempt, attempted_at, status_code, error, duration_ms)
        values (?, ?, ?, ?, ?, ?, ?)""")
        .params(UUID.randomUUID().toString(), outgoing.id(), outgoing.attempt(), Timestamp.from(at), statusCode,
            error == null ? null : error.substring(0, Math.min(error.length(), 1000)), durationMillis)
        .update();
  }

  /** The deliveries of a subscription, newest first, with their attempts. */
  Page<Delivery> deliveries(String subscriptionId, int page, int size) {
    long total = db.sql("select count(*) from webhook_outbox where subscription_id = ?").param(subscriptionId)
        .query(Long.class).single();
    List<Delivery> items = db.sql("""
        select * from webhook_outbox where subscription_id = ? order by created_at desc, id limit ? offset ?""")
        .params(subscriptionId, size, (long) page * size)
        .query((rs, row) -> new Delivery(rs.getString("id"), rs.getString("event_id"), rs.getString("event_type"),
            rs.getString("status"), rs.getInt("attempts"), rs.getTimestamp("created_at").toInstant(),
            "PENDING".equals(rs.getString("status")) ? rs.getTimestamp("next_attempt_at").toInstant() : null,
            instant(rs.getTimestamp("delivered_at")), attemptsOf(rs.getString("id"))))
        .list();
    return Page.of(items, page, size, total);
  }

  private List<Delivery.Attempt> attemptsOf(String outboxId) {
    return db.sql("select * from webhook_delivery_attempt where outbox_id = ? order by attempt")
        .param(outboxId)
        .query((rs, row) -> new Delivery.Attempt(rs.getInt("attempt"), rs.getTimestamp("attempted_at").toInstant(),
            (Integer) rs.getObject("status_code"), rs.getString("error"), rs.getLong("duration_ms")))
        .list();
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
