using System.Data.Common;
using System.Globalization;
using SanXiang.Silo.Grains.Agencies.ReadModel;
using SanXiang.Silo.Grains.EventLog;
using SanXiang.Silo.Officers;

namespace SanXiang.Silo.Grains.ReadModel;

/// <summary>
/// Writes an agency's rows of the public officer list. Only the agency's roster grain calls this, one call at a time, so
/// each agency has a single writer; each call is one transaction that also records the roster version the rows reflect
/// and the roster's indicator counts.
/// </summary>
internal sealed class PublishedOfficerTable(EventLogDatabase database)
{
    private static readonly string Upsert =
        "ON CONFLICT (tenant, officer_id) DO UPDATE SET " + string.Join(", ", PublishedOfficerColumns.Names.Skip(2).Select(c => $"{c} = excluded.{c}"));

    /// <summary>The roster version the agency's rows reflect; null before the first write.</summary>
    public async Task<long?> ReadVersionAsync(string tenantId)
    {
        await using var connection = await database.OpenAsync().ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT version FROM published_officer_heads WHERE tenant = @tenant;";
        EventRows.Add(command, "tenant", tenantId);
        return await command.ExecuteScalarAsync().ConfigureAwait(false) is { } value and not DBNull ? Convert.ToInt64(value, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>Writes the <paramref name="changed"/> officers (added or edited), the counts of the whole <paramref name="roster"/> and the roster's new version.</summary>
    public async Task WriteAsync(string tenantId, IReadOnlyCollection<Officer> changed, IEnumerable<Officer> roster, long version)
    {
        await using var connection = await database.OpenAsync().ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync().ConfigureAwait(false);
        await InsertAsync(connection, transaction, tenantId, changed, Upsert).ConfigureAwait(false);
        await CountAsync(connection, transaction, tenantId, roster).ConfigureAwait(false);
        await SetVersionAsync(connection, transaction, tenantId, version).ConfigureAwait(false);
        await transaction.CommitAsync().ConfigureAwait(false);
    }

    /// <summary>Replaces every row of the agency with <paramref name="officers"/>.</summary>
    public async Task ReplaceAsync(string tenantId, IReadOnlyCollection<Officer> officers, long version)
    {
        await using var connection = await database.OpenAsync().ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync().ConfigureAwait(false);
        await using (var delete = connection.CreateCommand())
        {
            delete.Transaction = transaction;
            delete.CommandText = "DELETE FROM published_officers WHERE tenant = @tenant;";
            EventRows.Add(delete, "tenant", tenantId);
            await delete.ExecuteNonQueryAsync().ConfigureAwait(false);
        }

        await InsertAsync(connection, transaction, tenantId, officers, string.Empty).ConfigureAwait(false);
        await CountAsync(connection, transaction, tenantId, officers).ConfigureAwait(false);
        await SetVersionAsync(connection, transaction, tenantId, version).ConfigureAwait(false);
        await transaction.CommitAsync().ConfigureAwait(false);
    }

    private Task InsertAsync(DbConnection connection, DbTransaction transaction, string tenantId, IReadOnlyCollection<Officer> officers, string conflict) =>
        RowInserts.InsertAsync(
            connection, transaction, "published_officers", PublishedOfficerColumns.Names, officers.Select(o => PublishedOfficerColumns.Values(tenantId, o, database.Dialect)), conflict);

    // 持证率 and the reviewers' share follow the roster in the same transaction (EnforcementMeasures).
    private Task CountAsync(DbConnection connection, DbTransaction transaction, string tenantId, IEnumerable<Officer> roster) =>
        AgencyDatedCounts.ReplaceAsync(connection, transaction, database.Dialect, tenantId, EnforcementMeasures.OfOfficers, EnforcementMeasures.Of(roster));

    private static async Task SetVersionAsync(DbConnection connection, DbTransaction transaction, string tenantId, long version)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO published_officer_heads (tenant, version) VALUES (@tenant, @version) ON CONFLICT (tenant) DO UPDATE SET version = excluded.version;";
        EventRows.Add(command, "tenant", tenantId);
        EventRows.Add(command, "version", version);
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }
}
