-- Chases since the vendor last answered: after the contract's number of them the accountable owner and the
-- duty manager step in (and it counts again from there).
alter table vendor_cases add column unanswered_chases integer default 0 not null;
alter table vendor_cases add column escalations integer default 0 not null;
alter table vendor_cases add column escalated_at timestamp with time zone;
