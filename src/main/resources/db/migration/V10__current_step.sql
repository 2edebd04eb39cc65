-- Where each assessment and each risk stands in the six steps of the risk management cycle (1 define the context ...
-- 6 monitor), kept by RiskSteps as tasks are created: for the API's "current step" filter and the steps of an
-- assessment. Null when nothing is at a step (a risk closed or withdrawn; an assessment whose risks carry the work).
alter table risk_assessment add column current_step integer;
alter table risk add column current_step integer;
create index risk_by_current_step on risk (current_step);
