using SanXiang.Silo.Grains.EventLog;
using SanXiang.Silo.Host.EventLog;
using SanXiang.Silo.Host.Storage;

namespace SanXiang.Benchmarks;

/// <summary>The database an event-log command writes to, with the schema applied.</summary>
internal static class EventLogTargets
{
    public static async Task<EventLogDatabase> PrepareAsync(string provider, string? connection, string dataDir)
    {
        var target = provider switch
        {
            "sqlite" => StorageTarget.Sqlite(dataDir),
            "postgres" => StorageTarget.Postgres(connection
                ?? throw new ArgumentException("--provider postgres needs --connection or SANXIANG_TEST_POSTGRES.")),
            _ => throw new ArgumentException($"unknown provider '{provider}': sqlite or postgres"),
        };
        await new SchemaMigrator(target).ApplyAsync(SchemaCatalog.For(target.Provider));
        return EventLogSiloBuilderExtensions.ToEventLogDatabase(target);
    }

    /// <summary>A payload of a realistic size: a case event is a few hundred bytes of JSON.</summary>
    public static NewCaseEvent Event(string caseId, long n) => new(
        "调查取证",
        $$"""{"案件":"{{caseId}}","序号":{{n}},"内容":"执法人员两名出示执法证件，现场检查经营场所，制作现场笔录并拍照取证。","地点":"许昌市魏都区"}""",
        "officer-0001",
        DateTimeOffset.UtcNow);
}
