using SanXiang.Silo.Agencies;

namespace SanXiang.Web.Portal;

/// <summary>An agency as the portal shows it: its profile from the directory and its supervising department's name (null when none is listed).</summary>
public sealed record PortalAgency(AgencyProfile Profile, string? ParentName);
