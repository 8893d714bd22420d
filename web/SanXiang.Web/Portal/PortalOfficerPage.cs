namespace SanXiang.Web.Portal;

/// <summary>A page of an agency's officers with their certificates' status today.</summary>
public sealed record PortalOfficerPage(IReadOnlyList<PortalOfficer> Items, int TotalCount, string? EndCursor, bool HasNextPage);
