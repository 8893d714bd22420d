namespace SanXiang.Web.Onboarding;

/// <summary>
/// One subordinate agency as the 新增下级机关 form and <c>createSubordinateAgency</c> give it: the 机关 sheet's columns
/// (<see cref="OnboardingColumns.AgencyColumns"/>) for one row, judged by the same check as a file (<see cref="OnboardingCheck"/>).
/// Level as its Chinese name (县级) and sector as its id or Chinese name; parent by credit code or name, empty for the
/// department itself.
/// </summary>
public sealed record AgencyFields(string? Name, string? CreditCode, string? RegionCode, string? Level, string? Sector, string? Parent, string? DocumentCode)
{
    /// <summary>The row the 机关 sheet would hold, in <see cref="OnboardingColumns.AgencyColumns"/>' order.</summary>
    public IReadOnlyList<string> Cells => [Name ?? "", CreditCode ?? "", RegionCode ?? "", Level ?? "", Sector ?? "", Parent ?? "", DocumentCode ?? ""];
}
