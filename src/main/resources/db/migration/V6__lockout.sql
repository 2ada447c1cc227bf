-- Lock-out after repeated failed logins: counted per account, locked until a time.
alter table account add column failed_logins integer default 0 not null;
alter table account add column locked_until timestamp with time zone;
