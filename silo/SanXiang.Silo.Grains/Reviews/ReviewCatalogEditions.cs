using System.Data.Common;
using System.Globalization;
using SanXiang.Domain.Cases.Review;
using SanXiang.Domain.Integrity;
using SanXiang.Plugins;
using SanXiang.Silo.Grains.EventLog;
using SanXiang.Silo.Grains.ReadModel;

namespace SanXiang.Silo.Grains.Reviews;

/// <summary>
/// The published editions of the agencies' review catalogs, in the <c>review_catalog_editions</c> table beside the
/// event log. The editions in force for an agency and every department above it are one query over the agency
/// closure, so a case's engine gets its inherited catalog without a call per level.
/// </summary>
public sealed class ReviewCatalogEditions(EventLogDatabase database)
{
    private const string Columns = "e.tenant, e.version, e.effective_from, e.scope, e.entries, e.published_by, e.published_at";

    /// <summary>Stores <paramref name="draft"/> (already checked) as the agency's next version.</summary>
    public async Task<int> PublishAsync(string tenant, ReviewCatalogDraft draft, string actor, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenant);
        ArgumentNullException.ThrowIfNull(draft);
        await using var connection = await database.OpenAsync().ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText =
            """
            INSERT INTO review_catalog_editions (tenant, version, effective_from, scope, entries, published_by, published_at)
            SELECT @tenant, COALESCE(MAX(version), 0) + 1, @effective_from, @scope, @entries, @actor, @at
            FROM review_catalog_editions WHERE tenant = @tenant
            RETURNING version;
            """;
        EventRows.Add(command, "tenant", tenant);
        EventRows.Add(command, "effective_from", CaseSummaryColumns.Day(draft.EffectiveFrom, database.Dialect));
        EventRows.Add(command, "scope", draft.Scope.ToString());
        EventRows.Add(command, "entries", ReadModelJson.Write(draft.Entries));
        EventRows.Add(command, "actor", actor);
        EventRows.Add(command, "at", EventRows.Time(CanonicalEventEncoding.ToStoredPrecision(at), database.Dialect));
        // The agency's catalog grain publishes one edition at a time, so the next version is free.
        return Convert.ToInt32(await command.ExecuteScalarAsync().ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    /// <summary>Every edition <paramref name="tenant"/> has published, newest first.</summary>
    public async Task<IReadOnlyList<ReviewCatalogEdition>> HistoryAsync(string tenant)
    {
        await using var connection = await database.OpenAsync().ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText =
            $"""
            SELECT {Columns}, COALESCE(d.name, e.tenant), 0
            FROM review_catalog_editions e LEFT JOIN agency_directory d ON d.id = e.tenant
            WHERE e.tenant = @tenant ORDER BY e.version DESC;
            """;
        EventRows.Add(command, "tenant", tenant);
        return [.. (await ReadAsync(command).ConfigureAwait(false)).Select(r => r.Edition)];
    }

    /// <summary>
    /// The edition in force on <paramref name="day"/> of <paramref name="tenant"/> and of each department above it,
    /// the highest first and the agency's own last: what <see cref="ReviewCatalog.Compose"/> takes.
    /// </summary>
    public async Task<IReadOnlyList<ReviewCatalogEdition>> ChainAsync(string tenant, DateOnly day)
    {
        await using var connection = await database.OpenAsync().ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText =
            $"""
            SELECT {Columns}, COALESCE(d.name, e.tenant), COALESCE(c.depth, 0)
            FROM review_catalog_editions e
            LEFT JOIN agency_closure c ON c.descendant = @tenant AND c.ancestor = e.tenant
            LEFT JOIN agency_directory d ON d.id = e.tenant
            WHERE (e.tenant = @tenant OR c.ancestor IS NOT NULL) AND e.effective_from <= @day;
            """;
        EventRows.Add(command, "tenant", tenant);
        EventRows.Add(command, "day", CaseSummaryColumns.Day(day, database.Dialect));
        var rows = await ReadAsync(command).ConfigureAwait(false);
        return
        [
            .. rows.GroupBy(r => r.Edition.AgencyId, StringComparer.Ordinal)
                .Select(g => (Edition: ReviewCatalogEdition.InForce(g.Select(r => r.Edition), day)!, Depth: g.Max(r => r.Depth)))
                .OrderByDescending(r => r.Depth)
                .Select(r => r.Edition),
        ];
    }

    private async Task<List<(ReviewCatalogEdition Edition, int Depth)>> ReadAsync(DbCommand command)
    {
        var rows = new List<(ReviewCatalogEdition, int)>();
        await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        while (await reader.ReadAsync().ConfigureAwait(false))
        {
            var edition = new ReviewCatalogEdition(
                reader.GetString(0),
                reader.GetString(7),
                reader.GetInt32(1),
                database.Dialect == EventLogDialect.Postgres
                    ? reader.GetFieldValue<DateOnly>(2)
                    : DateOnly.ParseExact(reader.GetString(2), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                Enum.Parse<ReviewScope>(reader.GetString(3)),
                ReadModelJson.Read<List<ReviewCatalogEntry>>(reader.GetString(4)),
                reader.GetString(5),
                EventRows.ReadTime(reader, 6, database.Dialect));
            rows.Add((edition, Convert.ToInt32(reader.GetValue(8), CultureInfo.InvariantCulture)));
        }

        return rows;
    }
}
