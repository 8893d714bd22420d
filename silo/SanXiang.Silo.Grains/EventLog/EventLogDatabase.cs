using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace SanXiang.Silo.Grains.EventLog;

/// <summary>Where the case event log lives: the same database as the grain state (its schema ships with the host).</summary>
/// <param name="Algorithm">The chain hash for new events (a <c>ChainHashAlgorithm.Name</c>); stored per event, so it may change later.</param>
public sealed record EventLogDatabase(EventLogDialect Dialect, string ConnectionString, string Algorithm = "SM3")
{
    public DbConnection CreateConnection() => Dialect == EventLogDialect.Postgres
        ? new NpgsqlConnection(ConnectionString)
        : new SqliteConnection(ConnectionString);

    // The record's generated ToString would print the connection string, password included, into logs.
    public override string ToString() => $"{Dialect} event log";

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = CreateConnection();
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
