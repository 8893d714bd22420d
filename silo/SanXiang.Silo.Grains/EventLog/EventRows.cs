using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using SanXiang.Domain.Integrity;

namespace SanXiang.Silo.Grains.EventLog;

/// <summary>Maps <see cref="StoredEvent"/> to and from a <c>case_events</c> row on either database.</summary>
internal static class EventRows
{
    public const string Columns = "tenant, case_id, seq, kind, payload, actor, at, algorithm, prev_hash, hash, file_hashes";

    private const string SqliteTimeFormat = "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";

    public static StoredEvent Read(DbDataReader reader, EventLogDialect dialect)
    {
        var at = ReadTime(reader, 6, dialect);
        var record = new EventRecord(
            reader.GetString(0),
            reader.GetString(1),
            reader.GetInt64(2),
            reader.GetString(3),
            reader.GetString(4),
            reader.GetString(5),
            at,
            (byte[])reader.GetValue(8),
            JsonSerializer.Deserialize<string[]>(reader.GetString(10)) ?? [],
            reader.GetString(7));
        return new StoredEvent(record, (byte[])reader.GetValue(9));
    }

    /// <summary>The value of <c>at</c> as the column takes it: text on SQLite, timestamptz on PostgreSQL.</summary>
    public static object Time(DateTimeOffset at, EventLogDialect dialect) =>
        dialect == EventLogDialect.Postgres ? at.UtcDateTime : CanonicalEventEncoding.FormatTime(at);

    /// <summary>A time column as <see cref="Time(DateTimeOffset, EventLogDialect)"/> wrote it.</summary>
    public static DateTimeOffset ReadTime(DbDataReader reader, int ordinal, EventLogDialect dialect) => dialect == EventLogDialect.Postgres
        ? new DateTimeOffset(DateTime.SpecifyKind(reader.GetDateTime(ordinal), DateTimeKind.Utc))
        : DateTimeOffset.ParseExact(reader.GetString(ordinal), SqliteTimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static string FileHashes(IReadOnlyList<string> fileHashes) => JsonSerializer.Serialize(fileHashes);

    public static DbParameter Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
