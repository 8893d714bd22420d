-- Implementation plans in the read model (issue 13, "Rollups"). plan_heads: the plan version the rows below reflect, per
-- agency; the plan grain writes its rows after each change (SanXiang.Silo.Grains.ReadModel.PlanRollupTable), and a grain
-- whose version differs writes them again when it activates.
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
