using SanXiang.Silo.Host.Tests.Infrastructure;

namespace SanXiang.Silo.Host.Tests.EventLog;

internal sealed class PostgresBackend(PostgresDatabase database) : EventLogBackend(new Dictionary<string, string?>
{
    ["SanXiang:Storage:Provider"] = "Postgres",
    ["ConnectionStrings:Postgres"] = database.ConnectionString,
})
{
    public static async Task<PostgresBackend> CreateAsync() => new(await PostgresDatabase.CreateAsync());

    public override IReadOnlyList<string> ChildArguments => ["--provider", "postgres", "--connection", database.ConnectionString];

    // The table owner may switch its triggers off; the application's code never does.
    public override Task TamperAsync(params string[] statements) =>
        ExecuteAsync(string.Join('\n', [
            "BEGIN;",
            "ALTER TABLE case_events DISABLE TRIGGER USER;",
            .. statements,
            "ALTER TABLE case_events ENABLE TRIGGER USER;",
            "COMMIT;",
        ]));

    public override string BytesLiteral(byte[] bytes) => $"'\\x{Convert.ToHexString(bytes)}'::bytea";

    public override ValueTask DisposeAsync() => database.DisposeAsync();
}
