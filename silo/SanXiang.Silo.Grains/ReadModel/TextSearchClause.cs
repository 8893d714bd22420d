using System.Data.Common;
using System.Text;
using SanXiang.Domain.Search;
using SanXiang.Silo.Grains.EventLog;

namespace SanXiang.Silo.Grains.ReadModel;

/// <summary>
/// The Chinese text search of a read-model list (SearchGrams), one way on each database: PostgreSQL narrows with the
/// GIN index over <c>search_grams</c> and keeps the rows where the text stands together in one of the
/// <c>search_{column}</c> columns; SQLite asks the FTS5 trigram table that mirrors the same columns.
/// </summary>
internal static class TextSearchClause
{
    /// <summary>Appends " AND …" for <paramref name="text"/> over <paramref name="columns"/> of the rows named <paramref name="alias"/>; false when the text holds nothing to search for.</summary>
    public static bool Append(StringBuilder where, DbCommand command, EventLogDialect dialect, string alias, string ftsTable, IReadOnlyList<string> columns, string? text)
    {
        if (SearchGrams.QueryGrams(text) is not { Count: > 0 } grams)
        {
            return false;
        }

        if (dialect == EventLogDialect.Postgres)
        {
            // The GIN index narrows to rows holding every gram; the LIKE keeps those where they stand together.
            where.Append($" AND {alias}.search_grams @> @grams AND ({string.Join(" OR ", columns.Select(c => $"{alias}.search_{c} LIKE @like"))})");
            EventRows.Add(command, "grams", grams.ToArray());
            EventRows.Add(command, "like", "%" + SearchGrams.NormalizeQuery(text) + "%");
        }
        else
        {
            // Tokens are letters and digits only (SearchGrams.Normalize), so a quoted phrase needs no escaping.
            where.Append($" AND {alias}.rowid IN (SELECT rowid FROM {ftsTable} WHERE {ftsTable} MATCH @match)");
            EventRows.Add(command, "match", "{" + string.Join(' ', columns) + "} : \"" + string.Join(' ', grams) + "\"");
        }

        return true;
    }
}
