using Microsoft.AspNetCore.Components.Authorization;
using SanXiang.Silo.Supervision;
using SanXiang.Web.Cases;
using SanXiang.Web.Supervision;

namespace SanXiang.Web.Components.Data;

/// <summary>The 监督线索 panel over <see cref="FindingService"/> and <see cref="SupervisionService"/>, the services the API uses; the user comes from the circuit.</summary>
public sealed class FindingServiceConsoleData(FindingService findings, SupervisionService supervision, AuthenticationStateProvider authentication) : IFindingConsoleData
{
    public async Task<FindingPage> ListAsync(string tenantId, FindingStatus status, int first, string? after) =>
        await findings.ListAsync(await CallerAsync(), tenantId, null, status, first, after);

    public async Task<FindingViewer> ViewerAsync(string tenantId)
    {
        var caller = await CallerAsync();
        return new FindingViewer(caller.IsSignedIn && CaseAccess.IsHead(caller.User, tenantId), FindingService.CanDismiss(caller, tenantId));
    }

    public async Task<Finding> DismissAsync(string tenantId, string findingId, string? reason) =>
        await findings.DismissAsync(await CallerAsync(), tenantId, findingId, reason);

    public async Task<FindingConversionChoices> ConversionChoicesAsync(string tenantId, string agencyId) =>
        await supervision.ConversionChoicesAsync(await CallerAsync(), tenantId, agencyId);

    public async Task<ConvertedFinding> ConvertAsync(string tenantId, string findingId, string? inspectionId, string responsibleAgencyId, DateOnly deadline, string? problem) =>
        await supervision.ConvertFindingAsync(await CallerAsync(), tenantId, findingId, inspectionId, responsibleAgencyId, deadline, problem);

    private async Task<CaseCaller> CallerAsync() => new((await authentication.GetAuthenticationStateAsync()).User);
}
