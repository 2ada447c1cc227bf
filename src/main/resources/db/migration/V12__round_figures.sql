-- Each unit round keeps the figures the inspection office ranks it by: its measures, how many are
-- done (COMPLETED or CLOSED) and the day of its latest progress report. MeasureService adds to them
-- in the transaction of every new measure, report, closure and reopening (as increments, which
-- concurrent writers cannot lose), so an overview of 10,000 units reads 10,000 rows, not 1.2 million
-- measures. Overdue work depends on the day it is asked, so it is counted from the measures, by the
-- index below: only the open measures past their deadline are read.

alter table inspection_round add column measure_count integer default 0 not null;
alter table inspection_round add column completed_count integer default 0 not null;
alter table inspection_round add column last_reported_on date;

update inspection_round set
    measure_count = (select count(*) from measure m where m.round_id = inspection_round.id),
    completed_count = (select count(*) from measure m where m.round_id = inspection_round.id
                       and m.status in ('COMPLETED', 'CLOSED')),
    last_reported_on = (select max(m.last_reported_on) from measure m where m.round_id = inspection_round.id);

create index measure_open_deadline on measure (status, deadline, round_id);
drop index measure_status_deadline;
