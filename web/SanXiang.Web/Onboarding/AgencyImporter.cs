using System.Security.Claims;
using SanXiang.Domain.Errors;
using SanXiang.Silo;
using SanXiang.Silo.Accounts;
using SanXiang.Silo.Agencies;
using SanXiang.Silo.Officers;
using SanXiang.Silo.Plans;
using SanXiang.Web.Auth;
using SanXiang.Web.Cases;
using SanXiang.Domain.Cases.Engine;

namespace SanXiang.Web.Onboarding;

/// <summary>
/// 导入下级机关: a supervising department onboards the agencies below it from a file — agencies, sections, officers and
/// leading groups — each with its plan adopted from the template the department chose. All or nothing: the whole file is
/// checked first (<see cref="OnboardingCheck"/>) and one bad row writes nothing; then every agency, roster and plan is
/// written, and last the directory records every agency in one write, so no agency of the file is seen (listed,
/// resolved, rolled up) before all are in. A run that stops in the writing is completed by running the same file again:
/// each write accepts what the same file wrote before.
/// </summary>
public sealed class AgencyImporter(IGrainFactory grains, TenantAccess access, PlanTemplates templates, TimeProvider clock)
{
    private const int ParallelWrites = 8;

    public Task<OnboardingResult> ImportAsync(
        ClaimsPrincipal user,
        string tenantId,
        string templateId,
        DateOnly? planStart,
        IReadOnlyList<OnboardingFile> files,
        bool dryRun,
        IProgress<OnboardingProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        return RunAsync(user, tenantId, templateId, planStart, () => OnboardingSheets.Read(files), dryRun, progress, cancellationToken);
    }

    /// <summary>
    /// 新增下级机关: one agency typed into the form, judged and written as a one-row file would be — the same checks, its
    /// plan from the template, and every problem by column (the sheet 机关, row 2).
    /// </summary>
    public Task<OnboardingResult> CreateAsync(ClaimsPrincipal user, string tenantId, string templateId, DateOnly? planStart, AgencyFields agency, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agency);
        return RunAsync(user, tenantId, templateId, planStart, () => OnboardingSheets.ForAgency(agency), dryRun: false, progress: null, cancellationToken);
    }

    /// <summary>Where the user may place a new agency: the department and every agency below it (FORBIDDEN as for an import).</summary>
    public async Task<IReadOnlyList<AgencyProfile>> PlacesAsync(ClaimsPrincipal user, string tenantId)
    {
        var department = await RequireSupervisorAsync(user, tenantId);
        return new KnownAgencies(await grains.GetGrain<IAgencyDirectoryGrain>(GrainKeys.Platform).ListAsync(), department).Subtree();
    }

    private async Task<OnboardingResult> RunAsync(
        ClaimsPrincipal user,
        string tenantId,
        string templateId,
        DateOnly? planStart,
        Func<OnboardingSheets> read,
        bool dryRun,
        IProgress<OnboardingProgress>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        var department = await RequireSupervisorAsync(user, tenantId);
        var template = await templates.GetAsync(templateId);
        var start = planStart ?? CaseDates.Today(clock);

        var directory = grains.GetGrain<IAgencyDirectoryGrain>(GrainKeys.Platform);
        var (agencies, errors) = OnboardingCheck.Run(read(), department, await directory.ListAsync());
        if (errors.Count > 0)
        {
            return OnboardingResult.Failed(dryRun, errors);
        }

        var plans = agencies.ToDictionary(a => a.Id, a => PlanTemplate.Adopt(template.Plan, template.AgencyName, a.Agency.Profile.Name, start), StringComparer.Ordinal);
        var result = new OnboardingResult(dryRun, [.. agencies.Select(a => new OnboardedAgency(a.Id, a.Agency.Profile.Name, a.Officers.Count, plans[a.Id].Title))], []);
        if (dryRun)
        {
            return result;
        }

        var version = $"onboarding:{template.Id}:{start:yyyy-MM}";
        var done = 0;
        progress?.Report(new OnboardingProgress(0, agencies.Count));
        await Parallel.ForEachAsync(agencies, new ParallelOptions { MaxDegreeOfParallelism = ParallelWrites, CancellationToken = cancellationToken }, async (agency, _) =>
        {
            await TenantCallContext.RunAsync(agency.Id, () => WriteAsync(agency, plans[agency.Id], version));
            progress?.Report(new OnboardingProgress(Interlocked.Increment(ref done), agencies.Count));
        });

        // The commit point: until here no agency of the file is in the directory, so none is visible anywhere.
        await directory.RecordAllAsync([.. agencies.Select(a => a.Agency.Profile)]);
        return result;
    }

    /// <summary>
    /// The department itself (TENANT_NOT_FOUND when unknown) when the user supervises it — a supervisor of it or of a
    /// department above it — or is the platform administrator; FORBIDDEN otherwise.
    /// </summary>
    public async Task<AgencyProfile> RequireSupervisorAsync(ClaimsPrincipal user, string tenantId)
    {
        ArgumentNullException.ThrowIfNull(user);
        var refusal = new SanXiangException(ErrorCodes.Forbidden, "只有上级机关的监督人员可以导入下级机关，且只能导入到本机关所辖范围之内。");
        if (!await access.CanSeeAsync(user, tenantId))
        {
            throw refusal;
        }

        var department = await grains.GetGrain<IAgencyDirectoryGrain>(GrainKeys.Platform).FindAsync(tenantId)
            ?? throw new SanXiangException(ErrorCodes.TenantNotFound, $"机关“{tenantId}”不存在。");
        if (user.IsPlatformAdmin())
        {
            return department;
        }

        var queries = grains.GetGrain<IAgencyQueryGrain>(GrainKeys.Platform);
        foreach (var candidate in user.MemberTenants().Where(t => user.RolesIn(t).Contains(TenantRole.Supervisor)))
        {
            if (candidate == tenantId || await queries.IsWithinAsync([candidate], tenantId))
            {
                return department;
            }
        }

        throw refusal;
    }

    private async Task<bool> WriteAsync(NewAgency agency, ImplementationPlan plan, string version)
    {
        await grains.GetGrain<IAgencyGrain>(agency.Id).OnboardAsync(agency.Agency);
        if (agency.Officers.Count > 0)
        {
            var roster = grains.GetGrain<IOfficerRosterGrain>(agency.Id);
            var held = (await roster.ListAsync()).Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
            if (!agency.Officers.All(o => held.Contains(o.Id)))
            {
                // A new agency's roster is empty, so its problems were all found in the file; anything else is a conflict.
                var problems = await roster.ImportAsync(agency.Officers);
                if (problems.Count > 0)
                {
                    throw new SanXiangException(ErrorCodes.Conflict, $"“{agency.Agency.Profile.Name}”的执法人员未能写入：{string.Join("；", problems.Select(p => p.Message))}。");
                }
            }
        }

        await grains.GetGrain<IPlanGrain>(agency.Id).SeedAsync(plan, version);
        return true;
    }
}
