-- What a contract promises about escalation, beside its per-priority targets:
-- how soon a person acknowledges a report a dispatcher must review (the triage review's due time),
-- and how many unanswered chases of a vendor before the accountable owner and the duty manager step in.
alter table contracts add column acknowledgement_target_minutes integer default 15 not null;
alter table contracts add column vendor_chases_before_escalation integer default 2 not null;
