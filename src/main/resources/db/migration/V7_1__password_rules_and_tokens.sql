-- An account created or reset by the administrator must change its password before anything else;
-- API tokens are listed and revoked by their owner, so they are looked up by account.
alter table account add column password_change_required boolean default false not null;
alter table account add column password_changed_at timestamp with time zone;
create index api_token_account on api_token (account_id);
