-- Webhook subscriptions of integrators, the outbox of events to deliver (written in the transaction that produced the
-- event, delivered after it commits) and the log of every delivery attempt. See org.riskcycle.webhook.

create table webhook_subscription (
  id                      varchar(36)   not null primary key,
  owner                   varchar(128)  not null,
  url                     varchar(2000) not null,
  event_types             varchar(200)  not null,
  secret                  varchar(64)   not null,
  active                  boolean       not null,
  created_at              timestamp     not null,
  cancelled_at            timestamp
);
create index webhook_subscription_by_owner on webhook_subscription (owner);

create table webhook_outbox (
  id                      varchar(36)   not null primary key,
  subscription_id         varchar(36)   not null references webhook_subscription (id),
  event_id                varchar(36)   not null,
  event_type              varchar(40)   not null,
  payload                 varchar(100000) not null,
  status                  varchar(16)   not null,
  attempts                integer       not null,
  created_at              timestamp     not null,
  next_attempt_at         timestamp     not null,
  locked_until            timestamp,
  delivered_at            timestamp
);
create index webhook_outbox_due on webhook_outbox (status, next_attempt_at);
create index webhook_outbox_by_subscription on webhook_outbox (subscription_id, created_at);

create table webhook_delivery_attempt (
  id                      varchar(36)   not null primary key,
  outbox_id               varchar(36)   not null references webhook_outbox (id),
  attempt                 integer       not null,
  attempted_at            timestamp     not null,
  status_code             integer,
  error                   varchar(1000),
  duration_ms             bigint        not null
);
create index webhook_delivery_attempt_by_outbox on webhook_delivery_attempt (outbox_id);
