using GraphQL;
using SanXiang.Silo.Agencies;
using SanXiang.Silo.Sectors;
using SanXiang.Web.GraphQL.Execution;
using SanXiang.Web.GraphQL.Schema.Plans;
using SanXiang.Web.Plans;
using SanXiang.Web.GraphQL.Schema.Cases;
using IdAttribute = GraphQL.IdAttribute;

namespace SanXiang.Web.GraphQL.Schema.Tenants;

/// <summary>An agency as the API shows it. Created only after the caller was allowed to see it.</summary>
[Name("Tenant")]
public sealed class TenantNode(AgencyProfile profile)
{
    // Several fields read the agency grain; one request reads it once.
    private Task<Agency?>? agency;

    [Id]
    public string Id => profile.Id;

    public string Name => profile.Name;

    public AgencyLevel Level => profile.Level;

    public string Sector => profile.Sector;

    /// <summary>False when no loaded plugin provides the tenant's sector: its cases have no procedures or documents until one does.</summary>
    public bool SectorLoaded([FromServices] ISectorRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return registry.Find(profile.Sector) is not null;
    }

    public string RegionCode => profile.RegionCode;

    [Id]
    public string? ParentId => profile.ParentId;

    /// <summary>统一社会信用代码.</summary>
    public string? CreditCode => profile.CreditCode;

    /// <summary>The implementation plan with its deliverables' filings, its ledger's reports and the progress counted from them.</summary>
    public async Task<PlanNode?> PlanAsync([FromUserContext] GraphQLUserContext caller, [FromServices] PlanService plans)
    {
        ArgumentNullException.ThrowIfNull(plans);
        return await plans.GetAsync(CaseCallers.From(caller), Id) is { } standing ? new PlanNode(standing) : null;
    }

    public async Task<IEnumerable<OrgUnitNode>> OrgUnitsAsync([FromUserContext] GraphQLUserContext caller, [FromServices] TenantReader reader) =>
        (await AgencyAsync(caller, reader))?.OrgUnits.Select(u => new OrgUnitNode(u)) ?? [];

    public async Task<LeadingGroupNode?> LeadingGroupAsync([FromUserContext] GraphQLUserContext caller, [FromServices] TenantReader reader) =>
        (await AgencyAsync(caller, reader))?.LeadingGroup is { } group ? new LeadingGroupNode(group) : null;

    /// <summary>The agencies this one supervises; whoever may see a tenant may see those below it.</summary>
    public async Task<IEnumerable<TenantNode>> ChildrenAsync([FromServices] TenantReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return (await reader.ChildrenOfAsync(Id)).Select(p => new TenantNode(p));
    }

    private Task<Agency?> AgencyAsync(GraphQLUserContext caller, TenantReader reader) =>
        agency ??= reader.GetAgencyAsync(caller, Id);
}
