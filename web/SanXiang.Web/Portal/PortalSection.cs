namespace SanXiang.Web.Portal;

/// <summary>A link in an agency page's list of contents: a list on the page (an anchor) or a page of its own.</summary>
public sealed record PortalSection(string Title, string Href)
{
    /// <summary>
    /// The agency page's contents, in the order of DOMAIN.md §1. A page of the agency's own (published decisions, say)
    /// is one more entry here.
    /// </summary>
    public static IReadOnlyList<PortalSection> For(string agencyId) =>
    [
        new("执法主体", "#subject"),
        new("执法人员清单", "#officers"),
        new("执法流程图", "#flowcharts"),
        new("音像记录事项清单", "#av-items"),
        new("法制审核目录清单", "#review-catalog"),
        new("其他清单", "#other-lists"),
        new("执法决定公示", PortalUrls.Decisions(agencyId)),
    ];
}
