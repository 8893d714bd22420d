namespace SanXiang.Plugins;

/// <summary>A sector: a stable id (tenants refer to it), its Chinese name, the plugin's version, the categories it covers.</summary>
[GenerateSerializer, Immutable]
public sealed record SectorInfo(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string Version,
    [property: Id(3)] IReadOnlyList<EnforcementCategory> Categories);
