-- A repeat is not swallowed: a report whose external reference matches a closed incident opens a new
-- incident linked to the earlier one. The reference stays on both; the retry key moves to the newest.
alter table incidents add column recurrence_of bigint references incidents (number);
alter table incidents add column external_ref_key varchar(200);
update incidents set external_ref_key = external_ref;
alter table incidents drop constraint uk_incidents_external_ref;
alter table incidents add constraint uk_incidents_external_ref_key unique (client_id, external_ref_key);
create index idx_incidents_recurrence_of on incidents (recurrence_of);
