using System.Data.Common;
using System.Globalization;
using SanXiang.Domain.Cases;
using SanXiang.Plugins;
using SanXiang.Silo.Grains.EventLog;

namespace SanXiang.Silo.Grains.ReadModel;

/// <summary>A <see cref="CaseSummary"/> to and from a <c>case_summaries</c> row on either database.</summary>
internal static class CaseSummaryColumns
{
    public const string Select =
        "s.tenant, s.case_id, s.title, s.category, s.status, s.current_step_id, s.current_step_name, s.party_name, s.party_kind, s.party_code, " +
        "s.officers, s.opened_at, s.closed_at, s.updated_at, s.open_deadlines, s.last_seq";

    private const string SqliteTime = "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";

    public static CaseSummary Read(DbDataReader reader, EventLogDialect dialect) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        Enum.Parse<EnforcementCategory>(reader.GetString(3)),
        Enum.Parse<CaseStatus>(reader.GetString(4)),
        reader.IsDBNull(5) ? null : reader.GetString(5),
        reader.IsDBNull(6) ? null : reader.GetString(6),
        new CaseParty(reader.GetString(7), Enum.Parse<PartyKind>(reader.GetString(8)), reader.IsDBNull(9) ? null : reader.GetString(9)),
        ReadModelJson.Read<List<CaseOfficer>>(reader.GetString(10)),
        ReadTime(reader, 11, dialect),
        reader.IsDBNull(12) ? null : ReadTime(reader, 12, dialect),
        ReadTime(reader, 13, dialect),
        ReadModelJson.Read<List<CaseSummaryDeadline>>(reader.GetString(14)),
        reader.GetInt64(15));

    /// <summary>A time as the columns hold it: sortable text on SQLite, timestamptz on PostgreSQL.</summary>
    public static object Time(DateTimeOffset at, EventLogDialect dialect) =>
        dialect == EventLogDialect.Postgres ? at.UtcDateTime : at.ToUniversalTime().ToString(SqliteTime, CultureInfo.InvariantCulture);

    /// <summary>A day as the columns hold it: yyyy-MM-dd text on SQLite, date on PostgreSQL.</summary>
    public static object Day(DateOnly day, EventLogDialect dialect) =>
        dialect == EventLogDialect.Postgres ? day : day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// Where a case stands in 我的案件 (<c>case_summary_officers.due_order</c>): an open case's next deadline, and
    /// <see cref="DateOnly.MaxValue"/> for a case with none running. An open case is overdue exactly when that day is
    /// before today, so ascending order is overdue first, then the nearest deadline — a key that does not depend on
    /// the day it is read, which one index serves and a cursor can hold. Never null, so both databases order and
    /// compare it alike.
    /// </summary>
    public static DateOnly DueOrder(CaseSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return summary.Status == CaseStatus.Open && summary.NextDeadline is { } next ? next.Due : DateOnly.MaxValue;
    }

    /// <summary>A day as <see cref="Day"/> wrote it, or null.</summary>
    public static DateOnly? ReadDay(DbDataReader reader, int ordinal, EventLogDialect dialect) =>
        reader.IsDBNull(ordinal) ? null
        : dialect == EventLogDialect.Postgres ? DateOnly.FromDateTime(reader.GetDateTime(ordinal))
        : DateOnly.ParseExact(reader.GetString(ordinal), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateTimeOffset ReadTime(DbDataReader reader, int ordinal, EventLogDialect dialect) =>
        dialect == EventLogDialect.Postgres
            ? new DateTimeOffset(DateTime.SpecifyKind(reader.GetDateTime(ordinal), DateTimeKind.Utc))
            : DateTimeOffset.ParseExact(reader.GetString(ordinal), SqliteTime, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
