-- A mail the SMTP server accepted, written the moment it did, outside the transaction of the step that sent it:
-- when that step never commits (its node died right after the hand-over), the step's retry finds the receipt
-- and does not send the mail a second time.
create table mail_receipts (
    dedupe_key   varchar(200)             not null primary key,
    message_id   varchar(300)             not null,
    accepted_at  timestamp with time zone not null
);
