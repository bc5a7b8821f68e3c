-- Our own tables beside Camunda's ACT_* tables, in the same datasource and transactions.
-- Written for PostgreSQL and H2 alike.

create table clients (
    id              varchar(64)  primary key,
    name            varchar(200) not null,
    version         bigint       not null
);

create table client_contacts (
    client_id       varchar(64)  not null references clients (id),
    name            varchar(200) not null,
    email           varchar(320) not null,
    primary key (client_id, email)
);

create table contracts (
    id                          varchar(64)  primary key,
    client_id                   varchar(64)  not null references clients (id),
    name                        varchar(200) not null,
    time_zone                   varchar(64)  not null,
    after_hours_coverage        varchar(16)  not null,
    default_owner               varchar(64)  not null,
    on_call_group               varchar(64)  not null,
    backup_on_call_group        varchar(64)  not null,
    duty_manager_group          varchar(64)  not null,
    ack_timeout_minutes         integer      not null,
    confirmation_business_days  integer      not null,
    field_dispatch              varchar(24)  not null,
    soc                         varchar(24)  not null,
    partner_support             varchar(24)  not null,
    valid_from                  date         not null,
    valid_to                    date,
    version                     bigint       not null
);
create index idx_contracts_client on contracts (client_id);

create table contract_hours (
    contract_id     varchar(64)  not null references contracts (id),
    day_of_week     varchar(9)   not null,
    opens           time         not null,
    closes          time         not null,
    primary key (contract_id, day_of_week, opens)
);

create table contract_holidays (
    contract_id     varchar(64)  not null references contracts (id),
    holiday         date         not null,
    name            varchar(200) not null,
    primary key (contract_id, holiday)
);

create table contract_targets (
    contract_id             varchar(64) not null references contracts (id),
    priority                varchar(2)  not null,
    response_minutes        integer     not null,
    update_cadence_minutes  integer,
    resolution_minutes      integer     not null,
    handoff_minutes         integer     not null,
    primary key (contract_id, priority)
);

create table contract_vendors (
    contract_id              varchar(64)  not null references contracts (id),
    kind                     varchar(32)  not null,
    name                     varchar(200) not null,
    email                    varchar(320) not null,
    response_target_minutes  integer      not null,
    primary key (contract_id, kind)
);

create table assets (
    id                  varchar(64)  primary key,
    client_id           varchar(64)  not null references clients (id),
    name                varchar(200) not null,
    kind                varchar(64)  not null,
    criticality         varchar(8)   not null,
    owner               varchar(200) not null,
    maintenance_group   varchar(200) not null,
    in_scope            boolean      not null,
    version             bigint       not null
);
create index idx_assets_client on assets (client_id);

-- Ticket numbers: INC- + the next value; sequential per installation, never reused.
create sequence ticket_seq start with 1001 increment by 1;

create table incidents (
    number                    bigint        primary key,
    client_id                 varchar(64)   not null references clients (id),
    contract_id               varchar(64)   not null references contracts (id),
    asset_id                  varchar(64)   references assets (id),
    summary                   varchar(200)  not null,
    description               varchar(10000) not null,
    reporter_name             varchar(200)  not null,
    reporter_email            varchar(320)  not null,
    channel                   varchar(16)   not null,
    critical_operations_down  boolean,
    users_blocked             integer,
    containment_required      boolean,
    external_ref              varchar(200),
    idempotency_key           varchar(200),
    request_fingerprint       varchar(64)   not null,
    scope_gap                 boolean       not null,
    priority                  varchar(2),
    triage_reason             varchar(500),
    state                     varchar(32)   not null,
    accountable_owner         varchar(64),
    working_team              varchar(64),
    assignee                  varchar(64),
    reported_at               timestamp with time zone not null,
    updated_at                timestamp with time zone not null,
    resolved_at               timestamp with time zone,
    version                   bigint        not null,
    -- a retry of the same report never makes a second incident
    constraint uk_incidents_external_ref unique (client_id, external_ref),
    constraint uk_incidents_idempotency_key unique (client_id, idempotency_key)
);
create index idx_incidents_state on incidents (state);
create index idx_incidents_priority on incidents (priority);

create table incident_events (
    id               bigint generated by default as identity primary key,
    incident_number  bigint        not null references incidents (number),
    occurred_at      timestamp with time zone not null,
    type             varchar(48)   not null,
    actor            varchar(64)   not null,
    detail           varchar(4000) not null
);
create index idx_incident_events_incident on incident_events (incident_number, occurred_at);
