-- A client's mail domains: acknowledgements and updates go only to addresses there (its contacts, and
-- reporters who are the client's own people). Existing clients get the domains of their contacts.
create table client_mail_domains (
    client_id   varchar(64)  not null references clients (id),
    domain      varchar(253) not null,
    primary key (client_id, domain)
);

insert into client_mail_domains (client_id, domain)
select distinct client_id, lower(substring(email from position('@' in email) + 1))
from client_contacts;
