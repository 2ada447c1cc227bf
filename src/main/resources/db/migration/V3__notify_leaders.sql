-- A notice nobody answered escalates to the responsible leader, who is a person, not a department.
alter table notification add column person_id bigint references person (id);
create index notification_person on notification (person_id, read_at);
