-- Technical accounts (Camunda users in the groups intake, monitoring, vendor-integration): whom each speaks
-- for, and the API tokens it authenticates with. Tokens are stored as SHA-256 hashes, never in clear.
create table account_bindings (
    account_id  varchar(64)  primary key,
    client_id   varchar(64)  references clients (id),
    vendor_name varchar(200),
    version     bigint       not null,
    constraint account_bindings_one_party check (client_id is null or vendor_name is null)
);

create table api_tokens (
    id            varchar(36)  primary key,
    account_id    varchar(64)  not null,
    token_hash    varchar(64)  not null unique,
    label         varchar(200) not null,
    created_at    timestamp with time zone not null,
    created_by    varchar(64)  not null,
    last_used_at  timestamp with time zone
);
create index idx_api_tokens_account on api_tokens (account_id);
