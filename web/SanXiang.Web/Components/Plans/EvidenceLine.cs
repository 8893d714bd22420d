using SanXiang.Domain.Plans;

namespace SanXiang.Web.Components.Plans;

/// <summary>One line of an evidence form: a document's title and its number, as typed.</summary>
public sealed class EvidenceLine
{
    public string? Title { get; set; }

    public string? DocumentNumber { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(DocumentNumber);

    /// <summary>The lines the user filled in; a number without a title goes through so the Domain names what is missing.</summary>
    public static IReadOnlyList<PlanEvidence> Filled(IEnumerable<EvidenceLine> lines) =>
        [.. lines.Where(l => !l.IsBlank).Select(l => new PlanEvidence(l.Title ?? string.Empty, string.IsNullOrWhiteSpace(l.DocumentNumber) ? null : l.DocumentNumber))];
}
