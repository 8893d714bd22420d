using System.Net.Sockets;
using Npgsql;

namespace SanXiang.Silo.Host.Storage;

/// <summary>
/// Fails fast when PostgreSQL is not there. Without this, Orleans' membership table retries for
/// about half a minute and then dies with a stack trace that never says which server it tried.
/// </summary>
public static class StorageProbe
{
    public static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(5);

    public static async Task EnsureReachableAsync(StorageTarget target, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (target.Provider != StorageProvider.Postgres)
        {
            return;
        }

        var builder = new NpgsqlConnectionStringBuilder(target.ConnectionString) { Timeout = (int)ConnectTimeout.TotalSeconds };
        try
        {
            await using var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync(cancellationToken);
        }
        catch (Exception e) when (e is NpgsqlException or SocketException or TimeoutException)
        {
            throw new StorageUnavailableException(
                $"Cannot reach PostgreSQL at {builder.Host}:{builder.Port} (database {builder.Database}, user {builder.Username}): {e.Message.TrimEnd('.')}. " +
                "Check ConnectionStrings:Postgres and that the server is running.",
                e);
        }
    }
}
