namespace SanXiang.Domain.Cases;

/// <summary>当事人: name, whether a citizen or an organisation, and the ID card number or unified social credit code.</summary>
public sealed record CaseParty(
    string Name,
    PartyKind Kind,
    string? IdCode);
