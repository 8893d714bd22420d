using SanXiang.Domain.Cases;

namespace SanXiang.Domain.Disclosures.Masking;

/// <summary>Who the text is about: the party (name, and whether a citizen), and the other people the staff member named.</summary>
public sealed record MaskingContext(CaseParty Party, IReadOnlyList<string> OtherNames)
{
    public bool IsCitizen => Party.Kind == PartyKind.Citizen;
}
