-- 转为整改任务 (issue 13 item 4): a supervising department turned a finding into a rectification task. finding_id is the
-- stable SanXiang.Domain.Supervision.FindingIds text; the row is the claim that makes a second conversion fail (its
-- primary key), written before the task is assigned and removed when the assignment is refused; task is filled in once
-- the inspection grain (department/inspection) has the task.
CREATE TABLE finding_conversions
(
    finding_id   text COLLATE "C" NOT NULL PRIMARY KEY,
    tenant       text COLLATE "C" NOT NULL,
    model        text COLLATE "C" NOT NULL,
    department   text COLLATE "C" NOT NULL,
    inspection   text COLLATE "C" NOT NULL,
    task         text COLLATE "C",
    converted_by text             NOT NULL,
    converted_at timestamptz      NOT NULL
);
