-- Nodes that start together on one database take turns through start-up's check-then-create steps
-- (Camunda's schema, groups, authorizations, Tasklist filters, demo data): whoever holds this row's
-- lock goes, the others wait. See platform/StartupLock.
create table startup_lock (
    name    varchar(32) primary key
);
insert into startup_lock (name) values ('startup');
