-- The risk register's records of what was known and decided are never changed or removed: the database refuses it,
-- whatever the code asks. See RiskRegister.
create function refuse_record_change() returns trigger language plpgsql as $$
begin
  raise exception 'The % record is immutable: it records what was known and decided at the time', TG_TABLE_NAME
    using errcode = 'restrict_violation';
end;
$$;
create trigger risk_score_unchanged before update or delete on risk_score for each row execute function refuse_record_change();
create trigger risk_alternative_unchanged before update or delete on risk_alternative for each row execute function refuse_record_change();
create trigger risk_decision_unchanged before update or delete on risk_decision for each row execute function refuse_record_change();
create trigger decision_goal_unchanged before update or delete on decision_goal for each row execute function refuse_record_change();
create trigger risk_implementation_unchanged before update or delete on risk_implementation for each row execute function refuse_record_change();
create trigger risk_review_unchanged before update or delete on risk_review for each row execute function refuse_record_change();
create trigger risk_information_unchanged before update or delete on risk_information for each row execute function refuse_record_change();
