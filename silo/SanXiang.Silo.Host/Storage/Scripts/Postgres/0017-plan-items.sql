-- Implementation plans as read-model rows (issue 13, "Rollups"): one row per deliverable and ledger task of each agency's
-- plan, with the dates on which it turns overdue and stops counting as complete (SanXiang.Domain.Plans.PlanItemDates),
-- and one per phase. A supervisor's rollup is one query over the agency closure and these rows for any day, never a
-- call per agency. Written by the plan grain after each change (SanXiang.Silo.Grains.ReadModel.PlanItemsTable) with
-- the plan's version in plan_heads; a grain whose version differs re-writes its rows when it activates.
-- kind: 'deliverable' or 'task'; item: the deliverable's name or the task's 序号.
CREATE TABLE plan_items
(
    tenant         text    NOT NULL,
    kind           text    NOT NULL,
    item           text    NOT NULL,
    due            date,
    long_term      boolean NOT NULL,
    overdue_from   date,
    complete_until date,
    done_on        date,
    PRIMARY KEY (tenant, kind, item)
);

CREATE TABLE plan_phases
(
    tenant    text    NOT NULL,
    position  integer NOT NULL,
    name      text    NOT NULL,
    starts_on date    NOT NULL,
    ends_on   date,
    PRIMARY KEY (tenant, position)
);

CREATE TABLE plan_heads
(
    tenant  text    NOT NULL PRIMARY KEY,
    version integer NOT NULL
);
