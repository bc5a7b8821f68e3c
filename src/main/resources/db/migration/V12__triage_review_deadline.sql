-- A report that needs a dispatcher's review is never stuck: it is due by the contract's acknowledgement
-- target, and escalates (duty manager in the window, the on-call chain after hours) while nobody does it.
alter table incidents add column triage_review_due_at timestamp with time zone;
alter table incidents add column triage_review_escalations integer default 0 not null;
-- who the last escalation went to; null when it reached nobody (after hours, not covered: it waits for the window)
alter table incidents add column triage_review_escalated_to varchar(64);
