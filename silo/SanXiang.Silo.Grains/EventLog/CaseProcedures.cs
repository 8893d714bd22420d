using System.Collections.Concurrent;
using SanXiang.Domain.Cases;

namespace SanXiang.Silo.Grains.EventLog;

/// <summary>
/// The procedures cases were opened under, by <see cref="PinnedProcedure.Hash"/>, beside the event log in the
/// <c>case_procedures</c> table. A case stores its procedure before its opening event names it; rows are
/// immutable, so a process keeps every one it has seen.
/// </summary>
public sealed class CaseProcedures(EventLogDatabase database)
{
    private readonly ConcurrentDictionary<string, PinnedProcedure> known = new(StringComparer.Ordinal);

    /// <summary>Stores <paramref name="procedure"/> if no case was opened under it before; returns its hash.</summary>
    public async Task<string> EnsureAsync(PinnedProcedure procedure, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        var hash = procedure.Hash;
        if (known.ContainsKey(hash))
        {
            return hash;
        }

        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var insert = connection.CreateCommand();
        insert.CommandText =
            "INSERT INTO case_procedures (hash, sector, sector_version, category, definition) VALUES (@hash, @sector, @version, @category, @definition) " +
            "ON CONFLICT (hash) DO NOTHING;";
        EventRows.Add(insert, "hash", hash);
        EventRows.Add(insert, "sector", procedure.SectorId);
        EventRows.Add(insert, "version", procedure.SectorVersion);
        EventRows.Add(insert, "category", procedure.Procedure.Category.ToString());
        EventRows.Add(insert, "definition", procedure.ToJson());
        await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        known[hash] = procedure;
        return hash;
    }

    /// <summary>The procedure stored under <paramref name="hash"/>; a stored text that no longer hashes to its key is tampering, said so.</summary>
    public async Task<PinnedProcedure?> FindAsync(string hash, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(hash);
        if (known.TryGetValue(hash, out var cached))
        {
            return cached;
        }

        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT definition FROM case_procedures WHERE hash = @hash;";
        EventRows.Add(command, "hash", hash);
        if (await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not string json)
        {
            return null;
        }

        var procedure = PinnedProcedure.FromJson(json);
        if (procedure.Hash != hash)
        {
            throw new InvalidDataException($"程序版本 {hash} 的存储内容已被改动，与其哈希不符。");
        }

        known[hash] = procedure;
        return procedure;
    }
}
