-- Camunda's authorization checks filter act_ru_authorization on permission bits (perms_ & 2 = 2, read; & 64, read
-- task; & 512, read instance; & 4096, read history). Without statistics on those expressions PostgreSQL guesses that
-- 0.5 % of the rows match, expects a handful of a user's authorizations, and joins them to every task with a nested
-- loop: 2 million comparisons for a group with 500 open tasks (docs/performance.md). With them it looks each task's
-- authorizations up by resource id.
create statistics rc_auth_read on (perms_ & 2) from act_ru_authorization;
create statistics rc_auth_read_task on (perms_ & 64) from act_ru_authorization;
create statistics rc_auth_read_instance on (perms_ & 512) from act_ru_authorization;
create statistics rc_auth_read_history on (perms_ & 4096) from act_ru_authorization;
analyze act_ru_authorization;
