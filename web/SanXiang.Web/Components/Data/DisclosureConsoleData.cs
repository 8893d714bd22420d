using Microsoft.AspNetCore.Components.Authorization;
using SanXiang.Domain.Disclosures;
using SanXiang.Silo.Disclosures;
using SanXiang.Web.Cases;
using SanXiang.Web.Disclosures;

namespace SanXiang.Web.Components.Data;

/// <summary>The console's side of <see cref="DisclosureService"/>: the same calls, as the circuit's signed-in user.</summary>
public sealed class DisclosureConsoleData(DisclosureService disclosures, AuthenticationStateProvider authentication)
{
    public DateOnly Today => disclosures.Today;

    public async Task<DisclosurePage> ListAsync(string tenantId, DisclosureStatus status, int first, string? after) =>
        await disclosures.ListAsync(await CallerAsync(), tenantId, new DisclosureQuery(Today, status), first, after);

    public async Task<int> CountAsync(string tenantId, DisclosureStatus status, bool? overdue = null) =>
        await disclosures.CountAsync(await CallerAsync(), tenantId, new DisclosureQuery(Today, status, overdue));

    public async Task<DisclosurePreview> PreviewAsync(string tenantId, string caseId, DisclosureText text) =>
        await disclosures.PreviewAsync(await CallerAsync(), tenantId, caseId, text);

    public async Task<DisclosureEntry> PublishAsync(string tenantId, string caseId, DisclosureText text, string shownHash, DateOnly? restrictionEnds) =>
        await disclosures.PublishAsync(await CallerAsync(), tenantId, caseId, text, shownHash, restrictionEnds);

    public async Task<DisclosureEntry> CorrectAsync(string tenantId, string caseId, DisclosureText text, string shownHash, string reason, DateOnly foundOn) =>
        await disclosures.CorrectAsync(await CallerAsync(), tenantId, caseId, text, shownHash, reason, foundOn);

    public async Task<DisclosureEntry> WithdrawAsync(string tenantId, string caseId, string reason, DateOnly groundsOn) =>
        await disclosures.WithdrawAsync(await CallerAsync(), tenantId, caseId, reason, groundsOn);

    public async Task<DisclosureEntry> WithholdAsync(string tenantId, string caseId, DisclosureBar bar, string reason) =>
        await disclosures.WithholdAsync(await CallerAsync(), tenantId, caseId, bar, reason);

    /// <summary>Whether the user may publish in the agency, for the page to offer its forms; the service checks again.</summary>
    public async Task<bool> CanDiscloseAsync(string tenantId) => CaseAccess.CanDisclose((await authentication.GetAuthenticationStateAsync()).User, tenantId);

    private async Task<CaseCaller> CallerAsync() => new((await authentication.GetAuthenticationStateAsync()).User);
}
