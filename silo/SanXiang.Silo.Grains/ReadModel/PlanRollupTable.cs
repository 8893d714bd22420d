using System.Data.Common;
using System.Globalization;
using SanXiang.Silo.Grains.EventLog;
using SanXiang.Silo.Plans;

namespace SanXiang.Silo.Grains.ReadModel;

/// <summary>
/// An agency's plan in the read model: its dated counts (<see cref="PlanRollupMeasures"/>) replaced, the difference added
/// to the rollups of every department above it, and the plan's version in <c>plan_heads</c>, all in one transaction, so a
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
        await WriteRollupsAsync(connection, transaction, tenant, PlanRollupMeasures.Of(record)).ConfigureAwait(false);
        await ExecuteAsync(
            connection,
            transaction,
            "INSERT INTO plan_heads (tenant, version) VALUES (@tenant, @version) ON CONFLICT (tenant) DO UPDATE SET version = excluded.version;",
            ("tenant", tenant),
            ("version", version)).ConfigureAwait(false);
        await transaction.CommitAsync().ConfigureAwait(false);
    }

    private async Task WriteRollupsAsync(DbConnection connection, DbTransaction transaction, string tenant, IReadOnlyDictionary<(string Measure, string Name, DateOnly Day), int> counts)
    {
        var old = new Dictionary<(string, string, DateOnly), int>();
        await using (var read = connection.CreateCommand())
        {
            read.Transaction = transaction;
            read.CommandText = "SELECT measure, name, day, count FROM plan_agency_dates WHERE tenant = @tenant;";
            EventRows.Add(read, "tenant", tenant);
            await using var reader = await read.ExecuteReaderAsync().ConfigureAwait(false);
            while (await reader.ReadAsync().ConfigureAwait(false))
            {
                old[(reader.GetString(0), reader.GetString(1), CaseSummaryColumns.ReadDay(reader, 2, database.Dialect)!.Value)] = Convert.ToInt32(reader.GetValue(3), CultureInfo.InvariantCulture);
            }
        }

        await ExecuteAsync(connection, transaction, "DELETE FROM plan_agency_dates WHERE tenant = @tenant;", ("tenant", tenant)).ConfigureAwait(false);
        foreach (var ((measure, name, day), count) in counts)
        {
            await ExecuteAsync(
                connection,
                transaction,
                "INSERT INTO plan_agency_dates (tenant, measure, name, day, count) VALUES (@tenant, @measure, @name, @day, @count);",
                ("tenant", tenant),
                ("measure", measure),
                ("name", name),
                ("day", Day(day)),
                ("count", count)).ConfigureAwait(false);
        }

        foreach (var key in old.Keys.Union(counts.Keys))
        {
            var delta = counts.GetValueOrDefault(key) - old.GetValueOrDefault(key);
            if (delta != 0)
            {
                await ExecuteAsync(
                    connection,
                    transaction,
                    $"{PlanRollupSql.AddToAncestors} FROM agency_closure c WHERE c.descendant = @tenant AND c.depth > 0 {PlanRollupSql.Upsert}",
                    ("tenant", tenant),
                    ("measure", key.Item1),
                    ("name", key.Item2),
                    ("day", Day(key.Item3)),
                    ("count", delta)).ConfigureAwait(false);
            }
        }
    }

    private object? Day(DateOnly? day) => day is { } value ? CaseSummaryColumns.Day(value, database.Dialect) : null;

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
