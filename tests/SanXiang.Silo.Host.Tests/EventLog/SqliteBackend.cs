using Microsoft.Data.Sqlite;
using SanXiang.Tests.Shared;

namespace SanXiang.Silo.Host.Tests.EventLog;

internal sealed class SqliteBackend(string dataDir) : EventLogBackend(new Dictionary<string, string?>
{
    ["SanXiang:DataDir"] = dataDir,
    ["SanXiang:Storage:Provider"] = "Sqlite",
})
{
    public static SqliteBackend Create() => new(Path.Combine(Path.GetTempPath(), $"sx-eventlog-{Guid.NewGuid():N}"));

    public override IReadOnlyList<string> ChildArguments => ["--provider", "sqlite", "--data-dir", dataDir];

    public override Task TamperAsync(params string[] statements) => AppendOnlyBypass.RunAsync(Target.ConnectionString, postgres: false, statements);

    public override string BytesLiteral(byte[] bytes) => $"X'{Convert.ToHexString(bytes)}'";

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(dataDir))
        {
            Directory.Delete(dataDir, recursive: true);
        }

        return ValueTask.CompletedTask;
    }
}
