using Microsoft.AspNetCore.Components.Authorization;
using SanXiang.Silo.Supervision;
using SanXiang.Web.Cases;
using SanXiang.Web.Supervision;

namespace SanXiang.Web.Components.Data;

/// <summary>The 监督线索 panel over <see cref="FindingService"/>, the service the API uses; the user comes from the circuit.</summary>
public sealed class FindingServiceConsoleData(FindingService findings, AuthenticationStateProvider authentication) : IFindingConsoleData
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

    private async Task<CaseCaller> CallerAsync() => new((await authentication.GetAuthenticationStateAsync()).User);
}
