-- Where each audited request came from, and indexes for the auditor's search by time, actor and action.
alter table audit_record add column client_address varchar(64);
create index audit_record_occurred on audit_record (occurred_at);
create index audit_record_actor on audit_record (actor, occurred_at);
create index audit_record_action on audit_record (action, occurred_at);
