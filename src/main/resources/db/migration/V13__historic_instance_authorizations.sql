-- Historic instance permissions are off (docs/decisions/0011): the engine no longer checks nor writes authorizations
-- on single historic tasks (resource type 19) and historic process instances (20). Those written before are removed,
-- so that the authorization table, which every authorized engine call reads, holds only what the engine checks.
delete from act_ru_authorization where resource_type_ in (19, 20) and resource_id_ <> '*';
