using SanXiang.Domain.Disclosures;
using SanXiang.Domain.Errors;
using SanXiang.Domain.Text;
using SanXiang.Silo;
using SanXiang.Silo.Cases;
using SanXiang.Silo.Disclosures;
using SanXiang.Tenancy;
using SanXiang.Tenancy.Stores;
using SanXiang.Web.Cases;
using SanXiang.Domain.Cases.Engine;

namespace SanXiang.Web.Disclosures;

/// <summary>
/// After-decision disclosure (事后公开) for the API and the console alike. The agency's list and the preview are for
/// whoever may read its cases, a supervising department included; publishing, correcting, withdrawing and withholding
/// for the agency's staff who may act on its cases (<see cref="CaseAccess.RequireDiscloseAsync"/>). The portal's search is
/// anonymous and reads only the public columns of the read model. Commands are stamped with the caller and the
/// server's clock, as every case command is (<see cref="CaseService"/>).
/// </summary>
public sealed class DisclosureService(IGrainFactory grains, CaseAccess access, ITenantStore<SanXiangTenantInfo> tenants, TimeProvider clock)
{
    public DateOnly Today => CaseDates.Today(clock);

    public async Task<DisclosurePage> ListAsync(CaseCaller caller, string tenantId, DisclosureQuery query, int first, string? after)
    {
        await access.RequireReadAsync(caller, tenantId);
        return await InTenantAsync(caller, tenantId, () => grains.GetGrain<IDisclosureListGrain>(tenantId).ListAsync(query, first, after));
    }

    public async Task<int> CountAsync(CaseCaller caller, string tenantId, DisclosureQuery query)
    {
        await access.RequireReadAsync(caller, tenantId);
        return await InTenantAsync(caller, tenantId, () => grains.GetGrain<IDisclosureListGrain>(tenantId).CountAsync(query));
    }

    public async Task<DisclosurePreview> PreviewAsync(CaseCaller caller, string tenantId, string caseId, DisclosureText text)
    {
        await access.RequireReadAsync(caller, tenantId);
        return await InTenantAsync(caller, tenantId, () => Case(tenantId, caseId).PreviewDisclosureAsync(text));
    }

    public async Task<DisclosureEntry> PublishAsync(CaseCaller caller, string tenantId, string caseId, DisclosureText text, string shownHash, DateOnly? restrictionEnds)
    {
        await access.RequireDiscloseAsync(caller, tenantId);
        var command = new PublishDisclosureCommand(text, shownHash, restrictionEnds, caller.UserName, clock.GetUtcNow());
        return await InTenantAsync(caller, tenantId, () => Case(tenantId, caseId).PublishDisclosureAsync(command));
    }

    public async Task<DisclosureEntry> CorrectAsync(CaseCaller caller, string tenantId, string caseId, DisclosureText text, string shownHash, string reason, DateOnly foundOn)
    {
        await access.RequireDiscloseAsync(caller, tenantId);
        var command = new CorrectDisclosureCommand(text, shownHash, reason, foundOn, caller.UserName, clock.GetUtcNow());
        return await InTenantAsync(caller, tenantId, () => Case(tenantId, caseId).CorrectDisclosureAsync(command));
    }

    public async Task<DisclosureEntry> WithdrawAsync(CaseCaller caller, string tenantId, string caseId, string reason, DateOnly groundsOn)
    {
        await access.RequireDiscloseAsync(caller, tenantId);
        var command = new WithdrawDisclosureCommand(reason, groundsOn, caller.UserName, clock.GetUtcNow());
        return await InTenantAsync(caller, tenantId, () => Case(tenantId, caseId).WithdrawDisclosureAsync(command));
    }

    public async Task<DisclosureEntry> WithholdAsync(CaseCaller caller, string tenantId, string caseId, DisclosureBar bar, string reason)
    {
        await access.RequireDiscloseAsync(caller, tenantId);
        var command = new WithholdDisclosureCommand(bar, reason, caller.UserName, clock.GetUtcNow());
        return await InTenantAsync(caller, tenantId, () => Case(tenantId, caseId).WithholdDisclosureAsync(command));
    }

    /// <summary>
    /// The portal's search, for anyone. An agency the platform does not know answers as one that published nothing: the
    /// public learns nothing from the difference. Runs with no tenant context: it reads only what every agency published.
    /// </summary>
    public async Task<PublicDecisionPage> SearchPublishedAsync(PublishedDecisionQuery query, int first, string? after)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.TenantId is { } tenantId && (!TextInput.Check(TextFields.Id, tenantId).IsAccepted || await tenants.TryGetByIdentifierAsync(tenantId) is null))
        {
            return new PublicDecisionPage([], null, false);
        }

        return await grains.GetGrain<IPublishedDecisionsGrain>(GrainKeys.Platform).SearchAsync(query, first, after);
    }

    private static Task<T> InTenantAsync<T>(CaseCaller caller, string tenantId, Func<Task<T>> call) =>
        TenantCallContext.RunAsync(caller.WorkingTenantId ?? tenantId, call);

    private ICaseGrain Case(string tenantId, string caseId)
    {
        if (string.IsNullOrWhiteSpace(caseId) || caseId.Contains(GrainKeys.Separator, StringComparison.Ordinal) || !TextInput.Check(TextFields.Id, caseId).IsAccepted)
        {
            throw new SanXiangException(ErrorCodes.CaseNotFound, $"未找到案件“{caseId}”。");
        }

        return grains.GetGrain<ICaseGrain>(GrainKeys.For(tenantId, caseId));
    }
}
