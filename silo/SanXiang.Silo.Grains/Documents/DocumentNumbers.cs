using SanXiang.Domain.Integrity;
using SanXiang.Silo.Documents;
using SanXiang.Silo.Grains.EventLog;

namespace SanXiang.Silo.Grains.Documents;

/// <summary>
/// The rows of one sequence in <c>document_numbers</c> (schema: 0007/0008-agency-directory): taking a
/// number is one insert, whatever the year's count, and the keys refuse a number given twice.
/// </summary>
internal sealed class DocumentNumbers(EventLogDatabase database, string tenant, string kind, int year)
{
    private const string Key = "tenant = @tenant AND kind = @kind AND year = @year";

    private const string Insert =
        "INSERT INTO document_numbers (tenant, kind, year, number, case_id, document_id, taken_at) " +
        "VALUES (@tenant, @kind, @year, @number, @case_id, @document_id, @taken_at)";

    public static DocumentNumbers For(EventLogDatabase database, string sequenceKey)
    {
        var (tenant, kind, year) = SequenceKeys.Parse(sequenceKey);
        return new DocumentNumbers(database, tenant, kind, year);
    }

    /// <summary>The highest number taken, 0 before the first.</summary>
    public async Task<int> LastAsync()
    {
        await using var connection = await database.OpenAsync().ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COALESCE(MAX(number), 0) FROM document_numbers WHERE {Key};";
        AddKey(command);
        return Convert.ToInt32(await command.ExecuteScalarAsync().ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Records the entry; false when its document already holds a number (the number is then not taken).</summary>
    public async Task<bool> TryTakeAsync(SequenceEntry entry)
    {
        await using var connection = await database.OpenAsync().ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"{Insert} ON CONFLICT (tenant, kind, year, document_id) DO NOTHING;";
        AddEntry(command, entry);
        return await command.ExecuteNonQueryAsync().ConfigureAwait(false) == 1;
    }

    public async Task<SequenceEntry?> FindAsync(string documentId)
    {
        var found = await ReadAsync(" AND document_id = @document_id", documentId).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    public Task<IReadOnlyList<SequenceEntry>> ListAsync() => ReadAsync(string.Empty, null);

    /// <summary>Copies a ledger kept in grain state before this table existed; entries already here are left alone.</summary>
    public async Task ImportAsync(IReadOnlyList<SequenceEntry> ledger)
    {
        await using var connection = await database.OpenAsync().ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync().ConfigureAwait(false);
        foreach (var entry in ledger)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"{Insert} ON CONFLICT DO NOTHING;";
            AddEntry(command, entry);
            await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }

        await transaction.CommitAsync().ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<SequenceEntry>> ReadAsync(string condition, string? documentId)
    {
        await using var connection = await database.OpenAsync().ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT number, case_id, document_id, taken_at FROM document_numbers WHERE {Key}{condition} ORDER BY number;";
        AddKey(command);
        if (documentId is not null)
        {
            EventRows.Add(command, "document_id", documentId);
        }

        var entries = new List<SequenceEntry>();
        await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        while (await reader.ReadAsync().ConfigureAwait(false))
        {
            entries.Add(new SequenceEntry(reader.GetInt32(0), reader.GetString(1), reader.GetString(2), EventRows.ReadTime(reader, 3, database.Dialect)));
        }

        return entries;
    }

    private void AddEntry(System.Data.Common.DbCommand command, SequenceEntry entry)
    {
        AddKey(command);
        EventRows.Add(command, "number", entry.Number);
        EventRows.Add(command, "case_id", entry.CaseId);
        EventRows.Add(command, "document_id", entry.DocumentId);
        // Both databases keep microseconds; a ledger carried over from grain state may hold finer ticks.
        EventRows.Add(command, "taken_at", EventRows.Time(CanonicalEventEncoding.ToStoredPrecision(entry.TakenAt), database.Dialect));
    }

    private void AddKey(System.Data.Common.DbCommand command)
    {
        EventRows.Add(command, "tenant", tenant);
        EventRows.Add(command, "kind", kind);
        EventRows.Add(command, "year", year);
    }
}
