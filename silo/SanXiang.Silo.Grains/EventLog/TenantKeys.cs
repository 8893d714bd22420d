using System.Data.Common;
using System.Globalization;
using SanXiang.Domain.Integrity;

namespace SanXiang.Silo.Grains.EventLog;

/// <summary>
/// Each tenant's SM2 checkpoint key, generated on first use. The private key is stored as-is in
/// <c>tenant_keys.private_key</c>; <see cref="Protect"/> and <see cref="Unprotect"/> are the seam
/// where encryption at rest (a key wrapped by a KMS or HSM) will go, without touching callers.
/// A supervising department's witness key is kept the same way, in <see cref="WitnessTable"/>.
/// </summary>
/// <param name="table">The table of keys: <see cref="CheckpointTable"/> or <see cref="WitnessTable"/>.</param>
internal sealed class TenantKeys(EventLogDatabase database, string table = TenantKeys.CheckpointTable)
{
    public const string CheckpointTable = "tenant_keys";

    public const string WitnessTable = "witness_keys";

    public async Task<Sm2KeyPair> GetOrCreateAsync(string tenantId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        if (await ReadAsync(connection, tenantId, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            return existing;
        }

        var generated = Sm2KeyPair.Generate();
        await using (var insert = connection.CreateCommand())
        {
            // Two silos may generate at once: the first insert wins and both then use the stored key.
            insert.CommandText =
                $"INSERT INTO {table} (tenant, public_key, private_key, created_at) VALUES (@tenant, @public_key, @private_key, @created_at) " +
                "ON CONFLICT (tenant) DO NOTHING;";
            EventRows.Add(insert, "tenant", tenantId);
            EventRows.Add(insert, "public_key", generated.PublicKey.ToHex());
            EventRows.Add(insert, "private_key", Protect(generated.ExportPrivateKey()));
            EventRows.Add(insert, "created_at", Time(now));
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return await ReadAsync(connection, tenantId, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"单位 {tenantId} 的签名密钥写入后无法读出。");
    }

    public async Task<Sm2PublicKey?> FindPublicKeyAsync(string tenantId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT public_key FROM {table} WHERE tenant = @tenant;";
        EventRows.Add(command, "tenant", tenantId);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is string hex ? Sm2PublicKey.FromHex(hex) : null;
    }

    /// <summary>The column value for a time: text on SQLite, timestamptz on PostgreSQL.</summary>
    public object Time(DateTimeOffset at) => database.Dialect == EventLogDialect.Postgres
        ? at.UtcDateTime
        : at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static byte[] Protect(byte[] privateKey) => privateKey;

    private static byte[] Unprotect(byte[] stored) => stored;

    private async Task<Sm2KeyPair?> ReadAsync(DbConnection connection, string tenantId, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT private_key FROM {table} WHERE tenant = @tenant;";
        EventRows.Add(command, "tenant", tenantId);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is byte[] stored
            ? Sm2KeyPair.FromPrivateKey(Unprotect(stored))
            : null;
    }
}
