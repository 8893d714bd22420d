using SanXiang.Silo.Host.Tests.Infrastructure;
using SanXiang.Tests.Shared;

namespace SanXiang.Silo.Host.Tests.EventLog;

internal sealed class PostgresBackend(PostgresDatabase database) : EventLogBackend(new Dictionary<string, string?>
{
    ["SanXiang:Storage:Provider"] = "Postgres",
    ["ConnectionStrings:Postgres"] = database.ConnectionString,
})
{
    public static async Task<PostgresBackend> CreateAsync() => new(await PostgresDatabase.CreateAsync());

    public override IReadOnlyList<string> ChildArguments => ["--provider", "postgres", "--connection", database.ConnectionString];

    public override Task TamperAsync(params string[] statements) => AppendOnlyBypass.RunAsync(database.ConnectionString, postgres: true, statements);

    public override string BytesLiteral(byte[] bytes) => $"'\\x{Convert.ToHexString(bytes)}'::bytea";

    public override ValueTask DisposeAsync() => database.DisposeAsync();
}
