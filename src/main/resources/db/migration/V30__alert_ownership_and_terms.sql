-- Who owns an asset's alerts on our side, and how monitoring names the asset.
-- alert_owner is a service-desk user (Tasklist shows the owner the alert), alert_team the group that
-- maintains the asset; both optional: without them the contract's default owner holds the alert.
alter table assets add column alert_owner varchar(64);
alter table assets add column alert_team varchar(64);

-- The identifiers monitoring uses for an asset (Prometheus `instance`, a host name); one asset each.
create table asset_monitoring_ids (
    asset_id        varchar(64)  not null references assets (id),
    monitoring_id   varchar(200) not null,
    primary key (asset_id, monitoring_id),
    constraint uk_asset_monitoring_id unique (monitoring_id)
);

-- The contract's alerting terms: how soon a warning's owner acknowledges it (business minutes inside the
-- support window), when repeats of one alert call for a problem review (N firings within a window of days),
-- and in how many business days reviews and scope decisions are due.
alter table contracts add column alert_ack_minutes integer default 60 not null;
alter table contracts add column alert_recurrence_count integer default 3 not null;
alter table contracts add column alert_recurrence_days integer default 7 not null;
alter table contracts add column alert_review_business_days integer default 5 not null;
