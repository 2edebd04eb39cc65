-- Idempotency keys of the domain API: a retried request with the same key and body answers the first result; the
-- same key with another body is refused. The row is written before the request's work, in its transaction, so two
-- concurrent requests with one key cannot both do the work.
create table api_idempotency_key (
  caller               varchar(128)  not null,
  operation            varchar(64)   not null,
  idempotency_key      varchar(200)  not null,
  request_hash         varchar(64)   not null,
  resource_id          varchar(64),
  created_at           timestamp     not null,
  primary key (caller, operation, idempotency_key)
);
