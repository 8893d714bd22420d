namespace SanXiang.Domain.Officers;

/// <summary>The outcome of <see cref="ReviewerStaffing.Check"/>.</summary>
public sealed record StaffingCheck(int Officers, int Reviewers, int Required)
{
    public bool Met => Reviewers >= Required;
}
