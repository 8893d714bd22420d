using System.Data.Common;
using System.Globalization;
using SanXiang.Silo.Grains.EventLog;
using SanXiang.Silo.Plans;

namespace SanXiang.Silo.Grains.ReadModel;

/// <summary>
/// An agency's plan in the read model: its dated counts (<see cref="PlanRollupMeasures"/>) replaced and the difference added
/// to the rollups of every department above it (<see cref="AgencyDatedCounts"/>), and the plan's version in <c>plan_heads</c>, all in one transaction, so a
/// rollup never disagrees with the plans below it and the rows are always one version's.
/// </summary>
public sealed class PlanRollupTable(EventLogDatabase database)
{
    /// <summary>The version the rows hold for <paramref name="tenant"/>, or null when it has none.</summary>
    public async Task<int?> VersionAsync(string tenant)
    {
        await using var connection = await database.OpenAsync().ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT version FROM plan_heads WHERE tenant = @tenant;";
        EventRows.Add(command, "tenant", tenant);
        var value = await command.ExecuteScalarAsync().ConfigureAwait(false);
        return value is null or DBNull ? null : Convert.ToInt32(value, CultureInfo.InvariantCulture);
    }

    public async Task WriteAsync(string tenant, PlanRecord? record, int version)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenant);
        await using var connection = await database.OpenAsync().ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync().ConfigureAwait(false);
        await AgencyDatedCounts.ReplaceAsync(connection, transaction, database.Dialect, tenant, PlanRollupMeasures.All, PlanRollupMeasures.Of(record)).ConfigureAwait(false);
        await ExecuteAsync(
            connection,
            transaction,
            "INSERT INTO plan_heads (tenant, version) VALUES (@tenant, @version) ON CONFLICT (tenant) DO UPDATE SET version = excluded.version;",
            ("tenant", tenant),
            ("version", version)).ConfigureAwait(false);
        await transaction.CommitAsync().ConfigureAwait(false);
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            EventRows.Add(command, name, value);
        }

        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }
}
