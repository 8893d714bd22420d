using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using SanXiang.Domain.Errors;
using SanXiang.Silo.Agencies;
using SanXiang.Web.Onboarding;

namespace SanXiang.Web.Components.Data;

public sealed class OnboardingConsoleData(AgencyImporter importer, PlanTemplates templates, AuthenticationStateProvider authentication) : IOnboardingConsoleData
{
    public async Task<string?> DepartmentAsync(string tenantId)
    {
        try
        {
            return (await importer.RequireSupervisorAsync(await UserAsync(), tenantId)).Name;
        }
        catch (SanXiangException)
        {
            return null;
        }
    }

    public Task<IReadOnlyList<PlanTemplateInfo>> TemplatesAsync() => templates.ListAsync();

    public async Task<IReadOnlyList<AgencyProfile>> PlacesAsync(string tenantId) => await importer.PlacesAsync(await UserAsync(), tenantId);

    public async Task<OnboardingResult> CreateAsync(string tenantId, string templateId, DateOnly? planStart, AgencyFields agency) =>
        await importer.CreateAsync(await UserAsync(), tenantId, templateId, planStart, agency);

    public async Task<OnboardingResult> ImportAsync(string tenantId, string templateId, DateOnly? planStart, IReadOnlyList<OnboardingFile> files, bool dryRun, IProgress<OnboardingProgress>? progress) =>
        await importer.ImportAsync(await UserAsync(), tenantId, templateId, planStart, files, dryRun, progress);

    private async Task<ClaimsPrincipal> UserAsync() => (await authentication.GetAuthenticationStateAsync()).User;
}
