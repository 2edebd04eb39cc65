-- The risk register's records of what was known and decided are never changed or removed: the database refuses it,
-- whatever the code asks. See RiskRegister.
create trigger risk_score_unchanged before update, delete on risk_score for each row call 'org.riskcycle.risk.register.RecordsUnchanged';
create trigger risk_alternative_unchanged before update, delete on risk_alternative for each row call 'org.riskcycle.risk.register.RecordsUnchanged';
create trigger risk_decision_unchanged before update, delete on risk_decision for each row call 'org.riskcycle.risk.register.RecordsUnchanged';
create trigger decision_goal_unchanged before update, delete on decision_goal for each row call 'org.riskcycle.risk.register.RecordsUnchanged';
create trigger risk_implementation_unchanged before update, delete on risk_implementation for each row call 'org.riskcycle.risk.register.RecordsUnchanged';
create trigger risk_review_unchanged before update, delete on risk_review for each row call 'org.riskcycle.risk.register.RecordsUnchanged';
create trigger risk_information_unchanged before update, delete on risk_information for each row call 'org.riskcycle.risk.register.RecordsUnchanged';
