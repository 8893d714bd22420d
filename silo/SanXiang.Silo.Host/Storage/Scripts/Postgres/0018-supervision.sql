-- Supervision in the read model (issue 13, item 5). Each special inspection (专项监督检查) lives in its grain
-- (SanXiang.Silo.Grains.Supervision.InspectionGrain, key department/inspection); after each change the grain replaces
-- the inspection's row and its tasks' rows in one transaction (SanXiang.Silo.Grains.ReadModel.SupervisionTable), stamped
-- with the grain's version, so lists of inspections and rectification tasks, and the overdue ones, never call a grain
-- per row. A grain whose version differs from its row writes them again when it activates.
CREATE TABLE supervision_inspections
(
    department   text NOT NULL,
    id           text NOT NULL,
    agency       text NOT NULL,
    title        text NOT NULL,
    passing_mark integer NOT NULL,
    opened_at    timestamptz NOT NULL,
    files        integer NOT NULL,
    files_passed integer NOT NULL,
    findings     integer NOT NULL,
    version      integer NOT NULL,
    PRIMARY KEY (department, id)
);

CREATE INDEX supervision_inspections_agency ON supervision_inspections (agency);

-- One row per rectification task (整改任务). overdue_from: the day after the deadline while the task waits on the
-- responsible agency (or its evidence came late), null once it is fixed or while timely evidence waits for review —
-- so "overdue on a day" is overdue_from <= day (SanXiang.Domain.Supervision.Rectification.OverdueFrom).
CREATE TABLE rectification_tasks
(
    department   text NOT NULL,
    inspection   text NOT NULL,
    task         text NOT NULL,
    responsible  text NOT NULL,
    problem      text NOT NULL,
    deadline     date NOT NULL,
    state        text NOT NULL,
    overdue_from date,
    PRIMARY KEY (department, inspection, task)
);

CREATE INDEX rectification_tasks_responsible ON rectification_tasks (responsible, deadline);
CREATE INDEX rectification_tasks_overdue ON rectification_tasks (department, overdue_from);
