namespace SanXiang.Silo.Cases;

/// <summary>当事人: name, whether a citizen or an organisation, and the ID card number or unified social credit code.</summary>
[GenerateSerializer, Immutable]
public sealed record CaseParty(
    [property: Id(0)] string Name,
    [property: Id(1)] PartyKind Kind,
    [property: Id(2)] string? IdCode);
