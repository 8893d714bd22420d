using MudBlazor;
using SanXiang.Silo.Agencies;

namespace SanXiang.Web.Components.Agencies;

/// <summary>
/// Nests agencies under their supervising department. An agency whose parent the user cannot see
/// (or that names no parent) becomes a root, so nothing the user may see is hidden.
/// </summary>
public static class AgencyTreeBuilder
{
    public static List<TreeItemData<AgencyProfile>> Build(IReadOnlyList<AgencyProfile> agencies)
    {
        ArgumentNullException.ThrowIfNull(agencies);
        var ids = agencies.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var children = agencies
            .Where(a => a.ParentId is not null && ids.Contains(a.ParentId))
            .ToLookup(a => a.ParentId!, StringComparer.Ordinal);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        return [.. agencies.Where(a => a.ParentId is null || !ids.Contains(a.ParentId)).Select(a => Node(a, children, visited))];
    }

    private static TreeItemData<AgencyProfile> Node(AgencyProfile agency, ILookup<string, AgencyProfile> children, HashSet<string> visited)
    {
        // A parent cycle in the data must not loop forever.
        var kids = visited.Add(agency.Id) ? children[agency.Id].Select(c => Node(c, children, visited)).ToList() : [];
        return new TreeItemData<AgencyProfile>
        {
            Value = agency,
            Text = agency.Name,
            Expanded = true,
            Expandable = kids.Count > 0,
            Children = kids.Count > 0 ? kids : null,
        };
    }
}
