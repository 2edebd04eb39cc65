-- Where each intelligence requirement stands in the five steps of the intelligence cycle (1 planning and direction ...
-- 5 dissemination), kept by IntelligenceSteps as tasks are created; null once the requirement is closed.
alter table intel_requirement add column current_step integer;
create index intel_requirement_by_current_step on intel_requirement (current_step);
