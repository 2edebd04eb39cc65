-- Who reported new information about a risk: the API caller, or null when it came as a message without one.
alter table risk_information add column reported_by varchar(128);
