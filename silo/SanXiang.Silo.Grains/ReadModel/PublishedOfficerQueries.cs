using System.Data.Common;
using System.Globalization;
using System.Text;
using SanXiang.Silo.Grains.EventLog;
using SanXiang.Silo.Officers;
using SanXiang.Silo.Paging;

namespace SanXiang.Silo.Grains.ReadModel;

/// <summary>
/// The public officer list as SQL over <c>published_officers</c>: an agency's list by unit, then certificate, keyset
/// paged; look-ups by certificate number (an index) or by the start of a name (one index range, bytewise).
/// </summary>
internal sealed class PublishedOfficerQueries(EventLogDatabase database)
{
    /// <summary>The most rows a page or a look-up returns.</summary>
    public const int MaxFirst = 200;

    public async Task<PublishedOfficerPage> ListAsync(string tenantId, int first, string? after)
    {
        RequireFirst(first);
        var cursor = PublishedOfficerCursor.Parse(after);
        await using var connection = await database.OpenAsync().ConfigureAwait(false);
        int total;
        await using (var count = connection.CreateCommand())
        {
            count.CommandText = "SELECT COUNT(*) FROM published_officers WHERE tenant = @tenant;";
            EventRows.Add(count, "tenant", tenantId);
            total = Convert.ToInt32(await count.ExecuteScalarAsync().ConfigureAwait(false), CultureInfo.InvariantCulture);
        }

        await using var command = connection.CreateCommand();
        var where = new StringBuilder("o.tenant = @tenant");
        EventRows.Add(command, "tenant", tenantId);
        if (cursor is not null)
        {
            where.Append(" AND (o.unit > @unit OR (o.unit = @unit AND o.officer_id > @officer))");
            EventRows.Add(command, "unit", cursor.Unit);
            EventRows.Add(command, "officer", cursor.OfficerId);
        }

        command.CommandText = $"SELECT {PublishedOfficerColumns.Select} WHERE {where} ORDER BY o.unit, o.officer_id LIMIT {first + 1};";
        var rows = await ReadAsync(command).ConfigureAwait(false);
        var more = rows.Count > first;
        if (more)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        var end = rows.Count == 0 ? null : new PublishedOfficerCursor(rows[^1].Unit, OfficerId.FromCertificate(rows[^1].CertificateNumber)).ToString();
        return new PublishedOfficerPage(rows, total, end, more);
    }

    public async Task<PublishedOfficer?> FindAsync(string tenantId, string certificateNumber)
    {
        ArgumentNullException.ThrowIfNull(certificateNumber);
        var officerId = OfficerId.FromCertificate(certificateNumber);
        if (officerId.Length == 0)
        {
            return null;
        }

        await using var connection = await database.OpenAsync().ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {PublishedOfficerColumns.Select} WHERE o.tenant = @tenant AND o.officer_id = @officer;";
        EventRows.Add(command, "tenant", tenantId);
        EventRows.Add(command, "officer", officerId);
        return (await ReadAsync(command).ConfigureAwait(false)).SingleOrDefault();
    }

    /// <summary>
    /// Officers holding the certificate <paramref name="text"/> or whose name starts with it, in one agency or (with
    /// <paramref name="tenantId"/> null) in all, ordered by name, agency and certificate.
    /// </summary>
    public async Task<IReadOnlyList<PublishedOfficer>> SearchAsync(string? tenantId, string text, int first)
    {
        ArgumentNullException.ThrowIfNull(text);
        RequireFirst(first);
        var name = text.Trim();
        var officerId = OfficerId.FromCertificate(text);
        if (name.Length == 0)
        {
            return [];
        }

        await using var connection = await database.OpenAsync().ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        var match = new StringBuilder("(o.officer_id = @officer OR o.name = @name");
        EventRows.Add(command, "officer", officerId);
        EventRows.Add(command, "name", name);
        if (UpperBound(name) is { } below)
        {
            match.Append(" OR (o.name > @name AND o.name < @below)");
            EventRows.Add(command, "below", below);
        }

        match.Append(')');
        if (tenantId is not null)
        {
            match.Append(" AND o.tenant = @tenant");
            EventRows.Add(command, "tenant", tenantId);
        }

        command.CommandText = $"SELECT {PublishedOfficerColumns.Select} WHERE {match} ORDER BY o.name, o.tenant, o.officer_id LIMIT {first};";
        return await ReadAsync(command).ConfigureAwait(false);
    }

    // The least text above every text that starts with the prefix, compared bytewise (UTF-8 keeps the order of code
    // points): the prefix with its last character raised by one. None for a last character that is half a pair.
    private static string? UpperBound(string prefix)
    {
        var last = prefix[^1];
        return char.IsSurrogate(last) || last == char.MaxValue || char.IsSurrogate((char)(last + 1)) ? null : prefix[..^1] + (char)(last + 1);
    }

    private static void RequireFirst(int first) => PageLimit.Check(first, MaxFirst);

    private async Task<List<PublishedOfficer>> ReadAsync(DbCommand command)
    {
        var rows = new List<PublishedOfficer>();
        await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        while (await reader.ReadAsync().ConfigureAwait(false))
        {
            rows.Add(PublishedOfficerColumns.Read(reader, database.Dialect));
        }

        return rows;
    }
}
