-- The intelligence register: requirements, collection, processing, products (every version), releases, recipients and
-- feedback, written by the intelligenceCycle's tasks in the transaction of their completion. See IntelligenceRegister.

create table intel_requirement (
  id                      varchar(36)   not null primary key,
  process_instance_id     varchar(64)   not null,
  question                varchar(2000) not null,
  requested_by            varchar(200)  not null,
  decision_supported      varchar(2000) not null,
  priority                varchar(16)   not null,
  latest_time_of_value    date          not null,
  handling_caveat         varchar(20)   not null,
  author                  varchar(128)  not null,
  status                  varchar(20)   not null,
  previous_requirement_id varchar(36)   references intel_requirement (id),
  risk_decision_id        varchar(36)   references risk_decision (id),
  raised_at               timestamp     not null,
  approved_by             varchar(128),
  approved_at             timestamp,
  closed_at               timestamp,
  updated_at              timestamp     not null
);
create index intel_requirement_status on intel_requirement (status);

create table intel_requirement_goal (
  requirement_id          varchar(36)   not null references intel_requirement (id),
  catalog_id              varchar(32)   not null,
  primary key (requirement_id, catalog_id)
);

create table intel_requirement_risk (
  requirement_id          varchar(36)   not null references intel_requirement (id),
  risk_id                 varchar(36)   not null references risk (id),
  primary key (requirement_id, risk_id)
);
create index intel_requirement_risk_by_risk on intel_requirement_risk (risk_id);

create table intel_requirement_review (
  id                      varchar(36)   not null primary key,
  requirement_id          varchar(36)   not null references intel_requirement (id),
  outcome                 varchar(16)   not null,
  comment                 varchar(2000),
  reviewed_by             varchar(128)  not null,
  reviewed_at             timestamp     not null,
  snapshot                varchar(100000) not null
);

create table intel_collection_task (
  id                      varchar(36)   not null primary key,
  requirement_id          varchar(36)   not null references intel_requirement (id),
  round                   integer       not null,
  asset                   varchar(200)  not null,
  discipline              varchar(32)   not null,
  due_date                date          not null,
  planned_by              varchar(128)  not null,
  planned_at              timestamp     not null
);
create index intel_collection_task_by_requirement on intel_collection_task (requirement_id);

create table intel_collection_result (
  id                      varchar(36)   not null primary key,
  collection_task_id      varchar(36)   not null unique references intel_collection_task (id),
  requirement_id          varchar(36)   not null references intel_requirement (id),
  outcome                 varchar(16)   not null,
  summary                 varchar(4000),
  source_reliability      varchar(1),
  information_credibility varchar(1),
  gap_description         varchar(2000),
  recorded_by             varchar(128),
  recorded_at             timestamp     not null
);
create index intel_collection_result_by_requirement on intel_collection_result (requirement_id);

create table intel_collection_follow_up (
  id                      varchar(36)   not null primary key,
  collection_task_id      varchar(36)   not null references intel_collection_task (id),
  note                    varchar(2000) not null,
  followed_up_by          varchar(128)  not null,
  followed_up_at          timestamp     not null
);

create table intel_processing (
  id                      varchar(36)   not null primary key,
  requirement_id          varchar(36)   not null references intel_requirement (id),
  summary                 varchar(4000) not null,
  kept_count              integer       not null,
  processed_by            varchar(128)  not null,
  processed_at            timestamp     not null
);

create table intel_processed_result (
  result_id               varchar(36)   not null primary key references intel_collection_result (id),
  processing_id           varchar(36)   not null references intel_processing (id),
  disposition             varchar(16)   not null,
  reason                  varchar(1000),
  source_reliability      varchar(1)    not null,
  information_credibility varchar(1)    not null
);

create table intel_product (
  id                      varchar(36)   not null primary key,
  requirement_id          varchar(36)   not null unique references intel_requirement (id),
  created_at              timestamp     not null
);

create table intel_product_version (
  product_id              varchar(36)   not null references intel_product (id),
  version                 integer       not null,
  title                   varchar(200)  not null,
  summary                 varchar(4000) not null,
  key_judgments           varchar(30000) not null,
  assumptions             varchar(4000) not null,
  alternatives_considered varchar(4000) not null,
  handling_caveat         varchar(20)   not null,
  produced_by             varchar(128)  not null,
  produced_at             timestamp     not null,
  primary key (product_id, version)
);

create table intel_product_source (
  product_id              varchar(36)   not null,
  version                 integer       not null,
  result_id               varchar(36)   not null references intel_collection_result (id),
  primary key (product_id, version, result_id),
  foreign key (product_id, version) references intel_product_version (product_id, version)
);

create table intel_peer_review (
  id                      varchar(36)   not null primary key,
  product_id              varchar(36)   not null,
  version                 integer       not null,
  outcome                 varchar(16)   not null,
  standards               varchar(2000) not null,
  comments                varchar(4000),
  reviewed_by             varchar(128)  not null,
  reviewed_at             timestamp     not null,
  foreign key (product_id, version) references intel_product_version (product_id, version)
);

create table intel_release (
  id                      varchar(36)   not null primary key,
  product_id              varchar(36)   not null,
  version                 integer       not null,
  outcome                 varchar(24)   not null,
  handling_caveat         varchar(20)   not null,
  release_authority       varchar(64)   not null,
  need_to_know            varchar(2000),
  comment                 varchar(2000),
  decided_by              varchar(128)  not null,
  decided_at              timestamp     not null,
  snapshot                varchar(1000000),
  foreign key (product_id, version) references intel_product_version (product_id, version)
);
create index intel_release_by_product on intel_release (product_id);

create table intel_release_recipient (
  release_id              varchar(36)   not null references intel_release (id),
  group_id                varchar(64)   not null,
  highest_permitted_marking varchar(20) not null,
  primary key (release_id, group_id)
);
create index intel_release_recipient_by_group on intel_release_recipient (group_id);

create table intel_feedback (
  id                      varchar(36)   not null primary key,
  release_id              varchar(36)   not null references intel_release (id),
  group_id                varchar(64)   not null,
  relevance               varchar(16)   not null,
  accuracy                varchar(16)   not null,
  timeliness              varchar(16)   not null,
  usefulness              varchar(16)   not null,
  requirement_satisfied   boolean       not null,
  comment                 varchar(2000),
  given_by                varchar(128)  not null,
  given_at                timestamp     not null,
  unique (release_id, group_id)
);

-- New information about a risk may come from a released intelligence product.
alter table risk_information add column product_id varchar(36) references intel_product (id);
