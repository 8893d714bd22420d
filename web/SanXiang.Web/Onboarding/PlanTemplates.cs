using SanXiang.Domain.Errors;
using SanXiang.Silo;
using SanXiang.Silo.Agencies;
using SanXiang.Silo.Plans;

namespace SanXiang.Web.Onboarding;

/// <summary>
/// The plan templates: the seed catalog's plans (tenants/catalog), as the seed agencies hold them — the province's phases,
/// deliverables and ledger that a department hands down to the agencies it onboards. An agency comes from the catalog
/// when its profile names a seed (<see cref="AgencyProfile.Source"/>); onboarded agencies name none.
/// </summary>
public sealed class PlanTemplates(IGrainFactory grains)
{
    public async Task<IReadOnlyList<PlanTemplateInfo>> ListAsync()
    {
        var profiles = await grains.GetGrain<IAgencyDirectoryGrain>(GrainKeys.Platform).ListAsync();
        var templates = new List<PlanTemplateInfo>();
        foreach (var profile in profiles.Where(p => p.Onboarded && p.Source is { Length: > 0 }))
        {
            // On behalf of the seed agency whose plan it is, so the silo's tenant guard sees a call of that agency.
            if (await TenantCallContext.RunAsync(profile.Id, () => grains.GetGrain<IPlanGrain>(profile.Id).GetAsync()) is { } plan)
            {
                templates.Add(new PlanTemplateInfo(profile.Id, profile.Name, plan));
            }
        }

        return templates;
    }

    /// <summary>NOT_FOUND unless <paramref name="id"/> names a template.</summary>
    public async Task<PlanTemplateInfo> GetAsync(string id) =>
        (await ListAsync()).FirstOrDefault(t => t.Id == id)
            ?? throw new SanXiangException(ErrorCodes.NotFound, $"没有编号为“{id}”的实施方案模板。");
}
