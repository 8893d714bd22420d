namespace SanXiang.Plugins;

/// <summary>A sector: a stable id (tenants refer to it), its Chinese name, the plugin's version, the categories it covers.</summary>
public sealed record SectorInfo(
    string Id,
    string Name,
    string Version,
    IReadOnlyList<EnforcementCategory> Categories);
