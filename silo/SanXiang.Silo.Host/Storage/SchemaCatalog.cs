namespace SanXiang.Silo.Host.Storage;

/// <summary>
/// The ordered schema scripts per provider. Scripts are append-only: a new table (the case event
/// log, for one) gets a new script at the end; an applied script is never edited.
/// </summary>
public static class SchemaCatalog
{
    private static readonly string[] SqliteIds = ["0001-orleans-query", "0002-grain-state", "0003-reminders", "0004-case-events", "0005-transparency", "0006-case-procedures", "0007-agency-directory", "0008-read-model", "0009-review-catalog", "0010-review-queue", "0011-case-status-index", "0012-published-officers", "0013-disclosures", "0014-witness", "0015-plan-rollups", "0016-findings", "0017-supervision", "0018-finding-conversions", "0019-my-cases-order"];

    private static readonly string[] PostgresIds = ["0001-orleans-query", "0002-grain-state", "0003-clustering", "0004-reminders", "0005-case-events", "0006-transparency", "0007-case-procedures", "0008-agency-directory", "0009-read-model", "0010-review-catalog", "0011-review-queue", "0012-case-status-index", "0013-published-officers", "0014-disclosures", "0015-witness", "0016-plan-rollups", "0017-findings", "0018-supervision", "0019-finding-conversions", "0020-my-cases-order"];

    public static IReadOnlyList<SchemaScript> For(StorageProvider provider)
    {
        var (folder, ids) = provider switch
        {
            StorageProvider.Sqlite => ("Sqlite", SqliteIds),
            StorageProvider.Postgres => ("Postgres", PostgresIds),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "No schema for this provider."),
        };
        var prefix = $"{typeof(SchemaCatalog).Namespace}.Scripts.{folder}";
        return [.. ids.Select(id => SchemaScript.FromResource(typeof(SchemaCatalog).Assembly, prefix, id))];
    }
}
