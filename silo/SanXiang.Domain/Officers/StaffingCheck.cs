namespace SanXiang.Domain.Officers;

/// <summary>The outcome of <see cref="ReviewerStaffing.Check"/>.</summary>
public sealed record StaffingCheck(int Officers, int Reviewers, int Required)
{
    public bool Met => Reviewers >= Required;

    /// <summary>How many reviewers are missing; 0 when <see cref="Met"/>.</summary>
    public int Short => Math.Max(0, Required - Reviewers);
}
