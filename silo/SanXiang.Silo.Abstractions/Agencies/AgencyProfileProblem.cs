namespace SanXiang.Silo.Agencies;

/// <summary>One thing wrong with a profile: the field (name, regionCode, level, creditCode), its stable code and the Chinese reason.</summary>
[GenerateSerializer, Immutable]
public sealed record AgencyProfileProblem(
    [property: Id(0)] string Field,
    [property: Id(1)] string Code,
    [property: Id(2)] string Message);
