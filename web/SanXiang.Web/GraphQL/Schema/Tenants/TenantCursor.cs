using SanXiang.Silo.Agencies;
using SanXiang.Web.GraphQL.Schema.Paging;

namespace SanXiang.Web.GraphQL.Schema.Tenants;

/// <summary>The agency list's cursor: its sort key, region code then id.</summary>
public static class TenantCursor
{
    public static string Encode(AgencyCursor cursor)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        return Cursor.Encode(cursor.RegionCode, cursor.Id);
    }

    public static AgencyCursor? Decode(string? after) => Cursor.Decode(after, 2) is [var region, var id] ? new AgencyCursor(region, id) : null;
}
