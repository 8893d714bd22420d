using SanXiang.Silo.Agencies;
using SanXiang.Web.Onboarding;

namespace SanXiang.Web.Components.Data;

/// <summary>The 导入下级机关 page's data, through <see cref="AgencyImporter"/> (the service the API uses) for the circuit's user.</summary>
public interface IOnboardingConsoleData
{
    /// <summary>The department's name when the user may onboard agencies below it; null otherwise.</summary>
    Task<string?> DepartmentAsync(string tenantId);

    Task<IReadOnlyList<PlanTemplateInfo>> TemplatesAsync();

    /// <summary>The department and every agency below it, where a new agency may be placed.</summary>
    Task<IReadOnlyList<AgencyProfile>> PlacesAsync(string tenantId);

    /// <summary>新增下级机关: one agency, judged as a one-row import (<see cref="AgencyImporter.CreateAsync"/>).</summary>
    Task<OnboardingResult> CreateAsync(string tenantId, string templateId, DateOnly? planStart, AgencyFields agency);

    Task<OnboardingResult> ImportAsync(string tenantId, string templateId, DateOnly? planStart, IReadOnlyList<OnboardingFile> files, bool dryRun, IProgress<OnboardingProgress>? progress);
}
