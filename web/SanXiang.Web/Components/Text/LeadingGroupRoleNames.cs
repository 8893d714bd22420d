using SanXiang.Silo.Agencies;

namespace SanXiang.Web.Components.Text;

public static class LeadingGroupRoleNames
{
    public static string Chinese(LeadingGroupRole role) => role switch
    {
        LeadingGroupRole.Head => "组长",
        LeadingGroupRole.Deputy => "副组长",
        LeadingGroupRole.Member => "成员",
        LeadingGroupRole.OfficeDirector => "办公室主任",
        _ => role.ToString(),
    };
}
