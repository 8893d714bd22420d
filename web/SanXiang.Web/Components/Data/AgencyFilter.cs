using SanXiang.Silo.Agencies;

namespace SanXiang.Web.Components.Data;

/// <summary>The console's agency list filters; <see cref="Region"/> is a GB/T 2260 code (its whole area), <see cref="Name"/> a part of the name.</summary>
public sealed record AgencyFilter(AgencyLevel? Level = null, string? Sector = null, string? Region = null, string? Name = null)
{
    public static AgencyFilter None { get; } = new();
}
