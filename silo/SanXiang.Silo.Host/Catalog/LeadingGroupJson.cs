using SanXiang.Silo.Agencies;

namespace SanXiang.Silo.Host.Catalog;

/// <summary>Reads an agency's 领导小组: its name, where its office sits, and its seats.</summary>
internal static class LeadingGroupJson
{
    private static readonly string[] GroupFields = ["name", "office", "members"];
    private static readonly string[] MemberFields = ["role", "name", "title"];

    public static LeadingGroup? Read(JsonCursor json, IReadOnlyList<OrgUnit?> units)
    {
        json.AllowOnly(GroupFields);
        var name = json.String("name");
        var office = json.OptionalString("office");
        var members = json.Array("members").Select(ReadMember).ToList();
        if (office is not null && !units.Any(u => u?.Name == office))
        {
            json.Field("office").Report($"领导小组办公室“{office}”不在本机关的 orgUnits 中。");
        }

        if (members.Count > 0 && members.Count(m => m?.Role == LeadingGroupRole.Head) != 1)
        {
            json.Field("members").Report("领导小组应有且只有一名组长（role 为 Head）。");
        }

        return name is null || members.Contains(null) ? null : new LeadingGroup(name, office, [.. members.OfType<LeadingGroupMember>()]);
    }

    private static LeadingGroupMember? ReadMember(JsonCursor json)
    {
        if (!json.ExpectObject("领导小组成员"))
        {
            return null;
        }

        json.AllowOnly(MemberFields);
        var roleText = json.String("role");
        var name = json.OptionalString("name");
        var title = json.OptionalString("title");
        LeadingGroupRole? role = roleText switch
        {
            nameof(LeadingGroupRole.Head) => LeadingGroupRole.Head,
            nameof(LeadingGroupRole.Deputy) => LeadingGroupRole.Deputy,
            nameof(LeadingGroupRole.Member) => LeadingGroupRole.Member,
            nameof(LeadingGroupRole.OfficeDirector) => LeadingGroupRole.OfficeDirector,
            _ => null,
        };
        if (roleText is not null && role is null)
        {
            json.Field("role").Report($"职务“{roleText}”无效，应为 Head（组长）、Deputy（副组长）、Member（成员）或 OfficeDirector（办公室主任）。");
        }

        // Some plans name the person, others only the post ("由局长任组长"); one of the two is needed.
        if (name is null && title is null)
        {
            json.Report("领导小组成员至少要写姓名（name）或职务（title）之一。");
        }

        return role is null || (name is null && title is null) ? null : new LeadingGroupMember(role.Value, name, title);
    }
}
