-- 转为整改任务 (issue 13 item 4): a supervising department turned a finding into a rectification task. finding_id is the
-- stable SanXiang.Domain.Supervision.FindingIds text; the row is the claim that makes a second conversion fail (its
-- primary key), written before the task is assigned and removed when the assignment is refused; task is filled in once
-- the inspection grain (department/inspection) has the task. Times as case_summaries holds them.
CREATE TABLE finding_conversions
(
    finding_id   TEXT NOT NULL PRIMARY KEY,
    tenant       TEXT NOT NULL,
    model        TEXT NOT NULL,
    department   TEXT NOT NULL,
    inspection   TEXT NOT NULL,
    task         TEXT,
    converted_by TEXT NOT NULL,
    converted_at TEXT NOT NULL
);
