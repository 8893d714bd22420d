namespace SanXiang.Web.Plans;

/// <summary>
/// What the caller may do with an agency's plan, for the console to offer only those forms (the service still refuses):
/// file deliverables (the agency's head or administrator), report ledger tasks (also its section heads), answer filings
/// (a supervising department above it).
/// </summary>
public sealed record PlanAbilities(bool CanFile, bool CanReport, bool CanReview)
{
    public static PlanAbilities None { get; } = new(false, false, false);
}
