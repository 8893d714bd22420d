using System.Data.Common;
using SanXiang.Plugins;
using SanXiang.Silo.Grains.EventLog;
using SanXiang.Silo.Officers;

namespace SanXiang.Silo.Grains.ReadModel;

/// <summary>An officer to and from a <c>published_officers</c> row on either database (schema: 0012/0013-published-officers).</summary>
internal static class PublishedOfficerColumns
{
    public static readonly string[] Names =
        ["tenant", "officer_id", "name", "unit", "position", "certificate_number", "categories", "area", "valid_from", "valid_to", "status"];

    /// <summary>What the portal reads, with the agency's name from the directory (empty for an agency it does not list).</summary>
    public const string Select =
        "o.tenant, COALESCE(a.name, ''), o.name, o.unit, o.position, o.certificate_number, o.categories, o.area, o.valid_from, o.valid_to, o.status " +
        "FROM published_officers o LEFT JOIN agency_directory a ON a.id = o.tenant";

    public static object?[] Values(string tenantId, Officer officer, EventLogDialect dialect) =>
    [
        tenantId,
        officer.Id,
        officer.Name,
        officer.Unit,
        officer.Position,
        officer.CertificateNumber,
        string.Join(',', officer.Categories),
        officer.Area,
        CaseSummaryColumns.Day(officer.ValidFrom, dialect),
        CaseSummaryColumns.Day(officer.ValidTo, dialect),
        officer.Status.ToString(),
    ];

    public static PublishedOfficer Read(DbDataReader reader, EventLogDialect dialect) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.IsDBNull(4) ? null : reader.GetString(4),
        reader.GetString(5),
        [.. reader.GetString(6).Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<EnforcementCategory>)],
        reader.IsDBNull(7) ? null : reader.GetString(7),
        CaseSummaryColumns.ReadDay(reader, 8, dialect)!.Value,
        CaseSummaryColumns.ReadDay(reader, 9, dialect)!.Value,
        Enum.Parse<OfficerStatus>(reader.GetString(10)));
}
