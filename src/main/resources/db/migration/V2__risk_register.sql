-- The risk register: assessments and their iterations, risks, scores over time, alternatives, decisions, reviews.
-- Rows are written by the risk management processes in the transaction of the task that produced them.
-- Scores, alternatives, decisions and reviews are only ever inserted: they are the record of what was known and
-- decided at the time. Catalog ids are kept as text: a retired goal stays in the catalog, so they always resolve.
create table risk_assessment (
  id                   varchar(36)   not null primary key,
  process_instance_id  varchar(64)   not null,
  title                varchar(200)  not null,
  status               varchar(20)   not null,
  current_iteration    integer       not null,
  created_by           varchar(128)  not null,
  created_at           timestamp     not null,
  closed_at            timestamp
);

create table assessment_iteration (
  assessment_id        varchar(36)   not null references risk_assessment (id),
  iteration            integer       not null,
  title                varchar(200)  not null,
  scope                varchar(4000) not null,
  domains              varchar(200)  not null,
  locations            varchar(200)  not null,
  decision_level       varchar(20)   not null,
  orientation          varchar(20)   not null,
  risk_tolerance       varchar(20)   not null,
  decision_deadline    date          not null,
  review_horizon       date          not null,
  defined_by           varchar(128)  not null,
  defined_at           timestamp     not null,
  primary key (assessment_id, iteration)
);

create table assessment_goal (
  assessment_id        varchar(36)   not null,
  iteration            integer       not null,
  catalog_id           varchar(64)   not null,
  primary key (assessment_id, iteration, catalog_id),
  foreign key (assessment_id, iteration) references assessment_iteration (assessment_id, iteration)
);

create table risk (
  id                   varchar(36)   not null primary key,
  assessment_id        varchar(36)   not null references risk_assessment (id),
  iteration            integer       not null,
  title                varchar(200)  not null,
  description          varchar(4000) not null,
  threat_category      varchar(64)   not null,
  source               varchar(500),
  status               varchar(20)   not null,
  current_level        varchar(20),
  residual_level       varchar(20),
  owner                varchar(128),
  identified_by        varchar(128)  not null,
  identified_at        timestamp     not null,
  updated_at           timestamp     not null
);
create index risk_assessment_idx on risk (assessment_id);

create table risk_objective (
  risk_id              varchar(36)   not null references risk (id),
  catalog_id           varchar(64)   not null,
  primary key (risk_id, catalog_id)
);

create table risk_score (
  id                   varchar(36)   not null primary key,
  risk_id              varchar(36)   not null references risk (id),
  iteration            integer       not null,
  kind                 varchar(20)   not null,
  likelihood           varchar(20)   not null,
  impact               varchar(20)   not null,
  risk_level           varchar(20)   not null,
  risk_tolerance       varchar(20)   not null,
  exceeds_tolerance    boolean       not null,
  vulnerability        varchar(4000),
  consequence          varchar(4000),
  confidence           varchar(20),
  rationale            varchar(4000),
  scored_by            varchar(128)  not null,
  scored_at            timestamp     not null
);
create index risk_score_risk_idx on risk_score (risk_id, scored_at);

create table risk_alternative (
  id                   varchar(36)   not null primary key,
  risk_id              varchar(36)   not null references risk (id),
  round                integer       not null,
  ranking              integer       not null,
  treatment            varchar(32)   not null,
  description          varchar(2000) not null,
  cost                 numeric(19,2) not null,
  benefit              numeric(19,2) not null,
  net_benefit          numeric(19,2) not null,
  residual_likelihood  varchar(20)   not null,
  residual_impact      varchar(20)   not null,
  residual_level       varchar(20)   not null,
  within_tolerance     boolean       not null,
  owner                varchar(128)  not null,
  developed_by         varchar(128)  not null,
  developed_at         timestamp     not null
);
create index risk_alternative_risk_idx on risk_alternative (risk_id, round);

create table risk_decision (
  id                   varchar(36)   not null primary key,
  assessment_id        varchar(36)   not null references risk_assessment (id),
  risk_id              varchar(36)   not null references risk (id),
  iteration            integer       not null,
  outcome              varchar(32)   not null,
  chosen_alternative_id varchar(36)  references risk_alternative (id),
  treatment            varchar(32),
  cost                 numeric(19,2),
  benefit              numeric(19,2),
  residual_level       varchar(20),
  risk_level           varchar(20)   not null,
  risk_tolerance       varchar(20)   not null,
  rationale            varchar(4000) not null,
  decision_authority   varchar(64)   not null,
  decided_by           varchar(128)  not null,
  decided_at           timestamp     not null,
  implementation_due   date,
  snapshot             varchar(1000000) not null
);
create index risk_decision_risk_idx on risk_decision (risk_id, decided_at);

create table decision_goal (
  decision_id          varchar(36)   not null references risk_decision (id),
  catalog_id           varchar(64)   not null,
  primary key (decision_id, catalog_id)
);

create table risk_implementation (
  id                   varchar(36)   not null primary key,
  decision_id          varchar(36)   not null references risk_decision (id),
  notes                varchar(4000) not null,
  implemented_by       varchar(128)  not null,
  implemented_at       timestamp     not null
);

create table risk_review (
  id                   varchar(36)   not null primary key,
  risk_id              varchar(36)   not null references risk (id),
  decision_id          varchar(36)   references risk_decision (id),
  observed_level       varchar(20)   not null,
  expected_level       varchar(20)   not null,
  observed_effect      varchar(4000) not null,
  outcome              varchar(20)   not null,
  reviewed_by          varchar(128)  not null,
  reviewed_at          timestamp     not null
);
create index risk_review_risk_idx on risk_review (risk_id, reviewed_at);

create table risk_information (
  id                   varchar(36)   not null primary key,
  risk_id              varchar(36)   not null references risk (id),
  summary              varchar(4000) not null,
  source               varchar(500),
  received_at          timestamp     not null
);
create index risk_information_risk_idx on risk_information (risk_id);
