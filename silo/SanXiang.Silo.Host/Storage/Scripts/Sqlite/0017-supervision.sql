-- Supervision in the read model (issue 13, item 5). Each special inspection (专项监督检查) lives in its grain
-- (SanXiang.Silo.Grains.Supervision.InspectionGrain, key department/inspection); after each change the grain replaces
-- the inspection's row and its tasks' rows in one transaction (SanXiang.Silo.Grains.ReadModel.SupervisionTable), stamped
-- with the grain's version, so lists of inspections and rectification tasks, and the overdue ones, never call a grain
-- per row. A grain whose version differs from its row writes them again when it activates.
CREATE TABLE supervision_inspections
(
    department   TEXT NOT NULL,
    id           TEXT NOT NULL,
    agency       TEXT NOT NULL,
    title        TEXT NOT NULL,
    passing_mark INTEGER NOT NULL,
    opened_at    TEXT NOT NULL,
    files        INTEGER NOT NULL,
    files_passed INTEGER NOT NULL,
    findings     INTEGER NOT NULL,
    version      INTEGER NOT NULL,
    PRIMARY KEY (department, id)
);

CREATE INDEX supervision_inspections_agency ON supervision_inspections (agency);

-- One row per rectification task (整改任务). overdue_from: the day after the deadline while the task waits on the
-- responsible agency (or its evidence came late), null once it is fixed or while timely evidence waits for review —
-- so "overdue on a day" is overdue_from <= day (SanXiang.Domain.Supervision.Rectification.OverdueFrom).
CREATE TABLE rectification_tasks
(
    department   TEXT NOT NULL,
    inspection   TEXT NOT NULL,
    task         TEXT NOT NULL,
    responsible  TEXT NOT NULL,
    problem      TEXT NOT NULL,
    deadline     TEXT NOT NULL,
    state        TEXT NOT NULL,
    overdue_from TEXT,
    PRIMARY KEY (department, inspection, task)
);

CREATE INDEX rectification_tasks_responsible ON rectification_tasks (responsible, deadline);
CREATE INDEX rectification_tasks_overdue ON rectification_tasks (department, overdue_from);
