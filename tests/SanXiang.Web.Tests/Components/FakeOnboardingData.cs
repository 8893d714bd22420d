using SanXiang.Silo.Agencies;
using SanXiang.Silo.Plans;
using SanXiang.Web.Components.Data;
using SanXiang.Web.Onboarding;

namespace SanXiang.Web.Tests.Components;

/// <summary>The onboarding page's data without a silo: a department (or none), one template, and set answers per dry run and import.</summary>
public sealed class FakeOnboardingData(string? department) : IOnboardingConsoleData
{
    public static readonly PlanTemplateInfo Template = new("xuchang", "许昌市", new ImplementationPlan("许昌市全面推行三项制度实施方案", null, [], [], [], null));

    public OnboardingResult? Checked { get; init; }

    public OnboardingResult? Imported { get; init; }

    public List<(string TemplateId, bool DryRun, IReadOnlyList<OnboardingFile> Files)> Calls { get; } = [];

    /// <summary>The answer to 新增下级机关, and each agency asked for.</summary>
    public OnboardingResult? Created { get; init; }

    public List<AgencyFields> Creations { get; } = [];

    public IReadOnlyList<AgencyProfile> Places { get; init; } = [];

    public Task<IReadOnlyList<AgencyProfile>> PlacesAsync(string tenantId) => Task.FromResult(Places);

    public Task<OnboardingResult> CreateAsync(string tenantId, string templateId, DateOnly? planStart, AgencyFields agency)
    {
        Creations.Add(agency);
        return Task.FromResult(Created ?? throw new InvalidOperationException("no answer set"));
    }

    public Task<string?> DepartmentAsync(string tenantId) => Task.FromResult(department);

    public Task<IReadOnlyList<PlanTemplateInfo>> TemplatesAsync() => Task.FromResult<IReadOnlyList<PlanTemplateInfo>>([Template]);

    public Task<OnboardingResult> ImportAsync(string tenantId, string templateId, DateOnly? planStart, IReadOnlyList<OnboardingFile> files, bool dryRun, IProgress<OnboardingProgress>? progress)
    {
        Calls.Add((templateId, dryRun, files));
        progress?.Report(new OnboardingProgress(1, 2));
        return Task.FromResult((dryRun ? Checked : Imported) ?? throw new InvalidOperationException("no answer set"));
    }
}
