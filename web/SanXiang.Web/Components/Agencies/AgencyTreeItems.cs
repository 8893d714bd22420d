using MudBlazor;
using SanXiang.Silo.Agencies;
using SanXiang.Web.Components.Text;

namespace SanXiang.Web.Components.Agencies;

/// <summary>
/// One level of the agency tree. The roots are the agencies whose supervisor the user cannot see
/// (or that have none), so nothing the user may see is hidden; an agency that supervises others
/// can be expanded, and its children are loaded then.
/// </summary>
public static class AgencyTreeItems
{
    public static List<TreeItemData<AgencyListing>> From(IEnumerable<AgencyListing> level)
    {
        ArgumentNullException.ThrowIfNull(level);
        return [.. level.Select(item => new TreeItemData<AgencyListing>
        {
            Value = item,
            Text = item.Profile.Name,
            Expandable = item.ChildCount > 0,
        })];
    }

    public static string EndText(AgencyListing item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var text = $"{LevelNames.Chinese(item.Profile.Level)} · {SectorNames.Chinese(item.Profile.Sector)}";
        return item.ChildCount > 0 ? $"{text} · 下级 {item.ChildCount}" : text;
    }
}
