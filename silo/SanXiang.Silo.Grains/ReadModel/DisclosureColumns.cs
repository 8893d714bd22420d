using System.Data.Common;
using SanXiang.Domain.Cases.Engine;
using SanXiang.Domain.Disclosures;
using SanXiang.Plugins;
using SanXiang.Silo.Grains.EventLog;

namespace SanXiang.Silo.Grains.ReadModel;

/// <summary>A <see cref="DisclosureEntry"/> to and from a <c>disclosures</c> row on either database.</summary>
internal static class DisclosureColumns
{
    public const string Select =
        "d.tenant, d.case_id, d.case_title, d.party_name, d.category, d.decided_on, d.document_number, d.status, d.due, d.due_error, d.bar, d.bar_reason, " +
        "d.status_at, d.published_at, d.display_until, d.record_seq, d.record_hash, d.record, d.withdrawn_at, d.withdraw_reason, d.withdraw_due, d.corrected_at, d.correct_reason";

    /// <summary>Where a row stands in its status's list: a draft at its due day (the decision day when the calendar could not say), the others at their status's time.</summary>
    public static DateTimeOffset ListAt(DisclosureEntry entry) =>
        entry.Status == DisclosureStatus.Draft ? CaseDates.ChinaMidnight(entry.Due ?? entry.DecidedOn) : entry.StatusAt;

    public static DisclosureEntry Read(DbDataReader reader, EventLogDialect dialect) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3),
        Enum.Parse<EnforcementCategory>(reader.GetString(4)),
        CaseSummaryColumns.ReadDay(reader, 5, dialect)!.Value,
        reader.GetString(6),
        Enum.Parse<DisclosureStatus>(reader.GetString(7)),
        CaseSummaryColumns.ReadDay(reader, 8, dialect),
        Text(reader, 9),
        Text(reader, 10) is { } bar ? Enum.Parse<DisclosureBar>(bar) : null,
        Text(reader, 11),
        CaseSummaryColumns.ReadTime(reader, 12, dialect),
        Time(reader, 13, dialect),
        CaseSummaryColumns.ReadDay(reader, 14, dialect),
        reader.IsDBNull(15) ? null : reader.GetInt64(15),
        Text(reader, 16),
        Text(reader, 17) is { } record ? ReadModelJson.Read<PublishedDecision>(record) : null,
        Time(reader, 18, dialect),
        Text(reader, 19),
        CaseSummaryColumns.ReadDay(reader, 20, dialect),
        Time(reader, 21, dialect),
        Text(reader, 22));

    private static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static DateTimeOffset? Time(DbDataReader reader, int ordinal, EventLogDialect dialect) =>
        reader.IsDBNull(ordinal) ? null : CaseSummaryColumns.ReadTime(reader, ordinal, dialect);
}
