-- Implementation plans as read-model rows (issue 13, "Rollups"): one row per deliverable and ledger task of each agency's
-- plan, with the dates on which it turns overdue and stops counting as complete (SanXiang.Domain.Plans.PlanItemDates),
-- and one per phase. A supervisor's rollup is one query over the agency closure and these rows for any day, never a
-- call per agency. Written by the plan grain after each change (SanXiang.Silo.Grains.ReadModel.PlanItemsTable) with
-- the plan's version in plan_heads; a grain whose version differs re-writes its rows when it activates.
-- kind: 'deliverable' or 'task'; item: the deliverable's name or the task's 序号. Dates as yyyy-MM-dd.
CREATE TABLE plan_items
(
    tenant         TEXT    NOT NULL,
    kind           TEXT    NOT NULL,
    item           TEXT    NOT NULL,
    due            TEXT,
    long_term      INTEGER NOT NULL,
    overdue_from   TEXT,
    complete_until TEXT,
    done_on        TEXT,
    PRIMARY KEY (tenant, kind, item)
);

CREATE TABLE plan_phases
(
    tenant    TEXT    NOT NULL,
    position  INTEGER NOT NULL,
    name      TEXT    NOT NULL,
    starts_on TEXT    NOT NULL,
    ends_on   TEXT,
    PRIMARY KEY (tenant, position)
);

CREATE TABLE plan_heads
(
    tenant  TEXT    NOT NULL PRIMARY KEY,
    version INTEGER NOT NULL
);

-- The rollups themselves, kept up to date instead of counted per request (issue 13, item 3). Each agency's plan as a
-- handful of dated counts (plan_agency_dates: "3 tasks turn overdue on 2019-11-01", "43 tasks in all"), and their sums
-- for every department above it (plan_rollup_dates), changed by the difference in the plan's own write and, when the
-- supervision tree changes, by the moved agencies' counts. A rollup for a day is one indexed read of a department's
-- rows: measures that count from a day (overdue, due, on time, phases) sum the rows on or before it, complete sums
-- those on or after it. measure and name as SanXiang.Silo.Grains.ReadModel.PlanRollupMeasures writes them.
CREATE TABLE plan_agency_dates
(
    tenant  TEXT    NOT NULL,
    measure TEXT    NOT NULL,
    name    TEXT    NOT NULL,
    day     TEXT    NOT NULL,
    count   INTEGER NOT NULL,
    PRIMARY KEY (tenant, measure, name, day)
);

CREATE TABLE plan_rollup_dates
(
    ancestor TEXT    NOT NULL,
    measure  TEXT    NOT NULL,
    name     TEXT    NOT NULL,
    day      TEXT    NOT NULL,
    count    INTEGER NOT NULL,
    PRIMARY KEY (ancestor, measure, name, day)
);
