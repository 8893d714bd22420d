using SanXiang.Domain.Errors;
using SanXiang.Domain.Text;

namespace SanXiang.Domain.Plans;

/// <summary>The evidence list of a filing or a check-in, held to the platform's text limits (<see cref="TextFields"/>).</summary>
public static class PlanEvidenceText
{
    /// <summary>Filings and check-ins one deliverable or task keeps: a long-term task reports twice a year for decades.</summary>
    public const int MaxHistory = 500;

    public static IReadOnlyList<PlanEvidence> Accept(IReadOnlyList<PlanEvidence> evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        TextArguments.RequireCount(evidence.Count, "材料");
        var accepted = new List<PlanEvidence>(evidence.Count);
        foreach (var item in evidence)
        {
            if (item is null)
            {
                throw new SanXiangException(ErrorCodes.ValidationFailed, "材料不能为空。");
            }

            accepted.Add(new PlanEvidence(
                TextArguments.Accept(TextFields.PlanEvidenceTitle, item.Title),
                TextArguments.AcceptOptional(TextFields.DocumentNumber, item.DocumentNumber)));
        }

        return accepted;
    }
}
