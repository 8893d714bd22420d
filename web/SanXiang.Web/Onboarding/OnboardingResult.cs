namespace SanXiang.Web.Onboarding;

/// <summary>
/// What an import did: with no <see cref="Errors"/>, every agency of the file (created, or on a <see cref="DryRun"/>
/// checked and ready); otherwise nothing was written and every problem of every sheet is listed.
/// </summary>
public sealed record OnboardingResult(bool DryRun, IReadOnlyList<OnboardedAgency> Agencies, IReadOnlyList<OnboardingError> Errors)
{
    public bool Imported => !DryRun && Errors.Count == 0;

    public int Officers => Agencies.Sum(a => a.Officers);

    public static OnboardingResult Failed(bool dryRun, IReadOnlyList<OnboardingError> errors) => new(dryRun, [], errors);
}
