-- Where each risk stands, kept in its row by RiskRegister as scores, decisions and reviews are recorded, so that the
-- heat map and the health of the goals read the open risks' rows, not every risk's history (docs/performance.md):
-- the likelihood and impact of its latest assessment; the expected residual ones of its latest decision that placed
-- it (the chosen alternative's, or the assessed ones when it was accepted within tolerance); the implementation due
-- date of that decision; when it was last reviewed.
alter table risk add column current_likelihood varchar(20);
alter table risk add column current_impact varchar(20);
alter table risk add column residual_likelihood varchar(20);
alter table risk add column residual_impact varchar(20);
alter table risk add column implementation_due date;
alter table risk add column last_reviewed_at timestamp;

update risk set
  current_likelihood = (select s.likelihood from risk_score s where s.risk_id = risk.id and s.kind = 'ASSESSMENT'
    order by s.scored_at desc, s.id desc limit 1),
  current_impact = (select s.impact from risk_score s where s.risk_id = risk.id and s.kind = 'ASSESSMENT'
    order by s.scored_at desc, s.id desc limit 1),
  residual_likelihood = (select coalesce(a.residual_likelihood, (select s.likelihood from risk_score s
      where s.risk_id = d.risk_id and s.kind = 'ASSESSMENT' and s.scored_at <= d.decided_at
      order by s.scored_at desc, s.id desc limit 1))
    from risk_decision d left join risk_alternative a on a.id = d.chosen_alternative_id
    where d.risk_id = risk.id and d.outcome in ('CHOOSE_ALTERNATIVE', 'ACCEPTED_WITHIN_TOLERANCE')
    order by d.decided_at desc, d.id desc limit 1),
  residual_impact = (select coalesce(a.residual_impact, (select s.impact from risk_score s
      where s.risk_id = d.risk_id and s.kind = 'ASSESSMENT' and s.scored_at <= d.decided_at
      order by s.scored_at desc, s.id desc limit 1))
    from risk_decision d left join risk_alternative a on a.id = d.chosen_alternative_id
    where d.risk_id = risk.id and d.outcome in ('CHOOSE_ALTERNATIVE', 'ACCEPTED_WITHIN_TOLERANCE')
    order by d.decided_at desc, d.id desc limit 1),
  implementation_due = (select d.implementation_due from risk_decision d
    where d.risk_id = risk.id and d.outcome in ('CHOOSE_ALTERNATIVE', 'ACCEPTED_WITHIN_TOLERANCE')
    order by d.decided_at desc, d.id desc limit 1),
  last_reviewed_at = (select max(v.reviewed_at) from risk_review v where v.risk_id = risk.id);

-- The heat maps group the open risks by cell; the lists page through the register newest first, or by step.
create index risk_current_cell on risk (status, current_likelihood, current_impact, current_level);
create index risk_residual_cell on risk (status, residual_likelihood, residual_impact, residual_level);
create index risk_objective_catalog on risk_objective (catalog_id, risk_id);
create index risk_assessment_created on risk_assessment (created_at, id);
create index risk_assessment_by_current_step on risk_assessment (current_step);
create index risk_updated on risk (updated_at, id);
create index risk_decision_decided on risk_decision (decided_at, id);
-- The dashboard's cycle times read the most recent completions of each task definition from Camunda's task history.
create index rc_hi_taskinst_key_end on act_hi_taskinst (task_def_key_, end_time_);
