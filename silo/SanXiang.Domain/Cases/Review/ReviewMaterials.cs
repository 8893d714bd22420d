namespace SanXiang.Domain.Cases.Review;

/// <summary>
/// What the handling unit submits for legal review (送审材料, DOMAIN.md §3: the handling unit answers for their truth
/// and completeness): its situation note (情况说明), the draft decision (拟作出的决定书草案, the document or its
/// reference), the evidence list (证据清单) and, when a hearing was held, its record (听证笔录).
/// </summary>
public sealed record ReviewMaterials(
    string SituationNote,
    string DraftDecision,
    IReadOnlyList<string> Evidence,
    string? HearingRecord)
{
    /// <summary>Whether two submissions hold the same materials, item by item (a record compares its list by reference).</summary>
    public bool SameAs(ReviewMaterials other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return SituationNote == other.SituationNote
            && DraftDecision == other.DraftDecision
            && Evidence.SequenceEqual(other.Evidence, StringComparer.Ordinal)
            && (HearingRecord ?? "") == (other.HearingRecord ?? "");
    }
}
