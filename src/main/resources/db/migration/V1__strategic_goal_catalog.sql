-- The strategic goal catalog: the plans' goals, objectives and performance measures, loaded from catalog/*.yaml.
-- Entries are never deleted: an entry removed from its file is marked retired, because records refer to it.
create table catalog_plan (
  id            varchar(32)   not null primary key,
  title         varchar(500)  not null,
  issuer        varchar(200),
  period        varchar(100),
  source_file   varchar(200)  not null,
  source_line   integer       not null,
  catalog_file  varchar(200)  not null,
  position      integer       not null,
  retired       boolean       default false not null
);

create table catalog_goal (
  id            varchar(64)   not null primary key,
  plan_id       varchar(32)   not null references catalog_plan (id),
  code          varchar(32)   not null,
  title         varchar(1000) not null,
  description   varchar(4000),
  source_line   integer       not null,
  position      integer       not null,
  retired       boolean       default false not null
);
create index catalog_goal_plan on catalog_goal (plan_id);

create table catalog_objective (
  id            varchar(64)   not null primary key,
  goal_id       varchar(64)   not null references catalog_goal (id),
  code          varchar(32)   not null,
  title         varchar(1000) not null,
  description   varchar(4000),
  source_line   integer       not null,
  position      integer       not null,
  retired       boolean       default false not null
);
create index catalog_objective_goal on catalog_objective (goal_id);

create table catalog_measure (
  id            varchar(80)   not null primary key,
  objective_id  varchar(64)   not null references catalog_objective (id),
  code          varchar(16)   not null,
  title         varchar(1000) not null,
  measure_type  varchar(32)   not null,
  source_line   integer       not null,
  position      integer       not null,
  retired       boolean       default false not null
);
create index catalog_measure_objective on catalog_measure (objective_id);
