-- Where each measure stands, kept on the measure itself: its status (NOT_STARTED, IN_PROGRESS,
-- COMPLETED, CLOSED, as MeasureStatus derives it from the closure and the latest progress report)
-- and the day of its latest report. MeasureService rewrites both from the reports in the same
-- transaction as every report, closure and reopening, so they never disagree with the reports.
-- Overviews over a province (an inspection office's 10,000 units, the daily warning scan) then read
-- 1.2 million narrow measure rows instead of looking up each measure's latest report.

alter table measure add column status varchar(16) default 'NOT_STARTED' not null;
alter table measure add column last_reported_on date;

update measure set
    last_reported_on = (select max(r.reported_on) from progress_report r where r.measure_id = measure.id),
    status = case
        when closed_on is not null then 'CLOSED'
        else coalesce((select case when r.phrase in ('COMPLETED', 'COMPLETED_ONGOING', 'STAGE_DONE_ONGOING')
                                   then 'COMPLETED' else 'IN_PROGRESS' end
                       from progress_report r where r.measure_id = measure.id
                       order by r.reported_on desc, r.id desc fetch first 1 row only), 'NOT_STARTED')
    end;

-- A round's figures (measures, done, overdue, latest report) come from this index alone.
-- (measure_round stays: H2 holds the round's foreign key by it.)
create index measure_round_status on measure (round_id, status, deadline, last_reported_on);
-- The warning scan reads the open measures by deadline.
create index measure_status_deadline on measure (status, deadline);
drop index measure_deadline;
