-- A tamper-evident audit trail: each record carries the hash of the one before and its own hash
-- over its content and that previous hash. The head row holds the newest hash; appending locks it,
-- so records are chained in one order even when changes are saved at the same time.
alter table audit_record add column previous_hash varchar(64);
alter table audit_record add column record_hash varchar(64);

create table audit_chain_head (
    id        integer     not null primary key,
    last_hash varchar(64) not null,
    sealed    bigint      not null
);
insert into audit_chain_head (id, last_hash, sealed)
values (1, '0000000000000000000000000000000000000000000000000000000000000000', 0);
