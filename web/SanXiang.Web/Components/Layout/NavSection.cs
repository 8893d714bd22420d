namespace SanXiang.Web.Components.Layout;

/// <summary>The navigation entries for one agency the user works in (<see cref="TenantId"/>), or the platform's own (null).</summary>
public sealed record NavSection(string? TenantId, IReadOnlyList<NavItem> Items);
