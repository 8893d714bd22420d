-- Reminders for Orleans' ADO.NET reminder table (AdoNetReminderTable).
-- Contract: rows carry GrainId, ReminderName, StartTime, Period (milliseconds) and Version (the
-- ETag); UpsertReminderRowKey answers the new Version; DeleteReminderRowKey answers one boolean and
-- deletes only when Version matches. Ranges are (BeginHash, EndHash] on the signed 32-bit grain
-- hash: ReadRangeRows1Key when BeginHash < EndHash, ReadRangeRows2Key when the range wraps around.
CREATE TABLE sx_reminders
(
    service_id    text        NOT NULL,
    grain_id      text        NOT NULL,
    reminder_name text        NOT NULL,
    start_time    timestamptz NOT NULL,
    period        bigint      NOT NULL,
    grain_hash    integer     NOT NULL,
    version       integer     NOT NULL,
    PRIMARY KEY (service_id, grain_id, reminder_name)
);

CREATE INDEX ix_sx_reminders_hash ON sx_reminders (service_id, grain_hash);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('ReadReminderRowsKey', $q$
SELECT grain_id AS "GrainId", reminder_name AS "ReminderName", start_time AS "StartTime",
       period AS "Period", version AS "Version"
FROM sx_reminders
WHERE service_id = @ServiceId AND grain_id = @GrainId;
$q$),
('ReadRangeRows1Key', $q$
SELECT grain_id AS "GrainId", reminder_name AS "ReminderName", start_time AS "StartTime",
       period AS "Period", version AS "Version"
FROM sx_reminders
WHERE service_id = @ServiceId AND grain_hash > @BeginHash AND grain_hash <= @EndHash;
$q$),
('ReadRangeRows2Key', $q$
SELECT grain_id AS "GrainId", reminder_name AS "ReminderName", start_time AS "StartTime",
       period AS "Period", version AS "Version"
FROM sx_reminders
WHERE service_id = @ServiceId AND (grain_hash > @BeginHash OR grain_hash <= @EndHash);
$q$),
('ReadReminderRowKey', $q$
SELECT grain_id AS "GrainId", reminder_name AS "ReminderName", start_time AS "StartTime",
       period AS "Period", version AS "Version"
FROM sx_reminders
WHERE service_id = @ServiceId AND grain_id = @GrainId AND reminder_name = @ReminderName;
$q$),
('UpsertReminderRowKey', $q$
INSERT INTO sx_reminders AS r (service_id, grain_id, reminder_name, start_time, period, grain_hash, version)
VALUES (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash, 0)
ON CONFLICT (service_id, grain_id, reminder_name)
DO UPDATE SET start_time = EXCLUDED.start_time, period = EXCLUDED.period,
              grain_hash = EXCLUDED.grain_hash, version = r.version + 1
RETURNING r.version AS "Version";
$q$),
('DeleteReminderRowKey', $q$
WITH deleted AS (
    DELETE FROM sx_reminders
    WHERE service_id = @ServiceId AND grain_id = @GrainId AND reminder_name = @ReminderName
      AND version = @Version
    RETURNING 1
)
SELECT EXISTS (SELECT 1 FROM deleted);
$q$),
('DeleteReminderRowsKey', $q$
DELETE FROM sx_reminders WHERE service_id = @ServiceId;
$q$);
