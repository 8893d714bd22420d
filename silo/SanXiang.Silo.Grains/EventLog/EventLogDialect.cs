namespace SanXiang.Silo.Grains.EventLog;

/// <summary>The two databases the event log runs on; the SQL differs only where they do.</summary>
public enum EventLogDialect
{
    Sqlite,
    Postgres,
}
