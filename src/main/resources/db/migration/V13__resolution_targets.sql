-- The contract's resolution target per priority as a due time, and when it was breached.
alter table incidents add column resolution_due_at timestamp with time zone;
alter table incidents add column resolution_breached_at timestamp with time zone;
