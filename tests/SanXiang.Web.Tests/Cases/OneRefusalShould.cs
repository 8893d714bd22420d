using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using SanXiang.Domain.Cases;
using SanXiang.Domain.Errors;
using SanXiang.Plugins;
using SanXiang.Silo.Sectors;
using SanXiang.Web.Auth;
using SanXiang.Web.Cases;
using SanXiang.Web.Components.Cases;
using SanXiang.Web.Components.Data;
using SanXiang.Web.Officers;

namespace SanXiang.Web.Tests.Cases;

/// <summary>The engine says no once: GraphQL and the console pass on the same code, message and fields.</summary>
[Collection(CasesCollection.Name)]
public sealed class OneRefusalShould(CasesAppFactory factory)
{
    [Fact]
    public async Task ReachGraphQLAndTheConsoleAsTheEngineGaveItForAMalformedCreditCode()
    {
        var admin = await CaseApi.SignedInAsync(factory, "xintian-scjg.admin");
        string[] team = [await admin.AddOfficerAsync("冯刚"), await admin.AddOfficerAsync("陈静")];
        var api = await CaseApi.SignedInAsync(factory, PenaltyCaseWalk.Officer);
        using var scope = factory.Services.CreateScope();
        var console = new CaseServiceConsoleData(
            scope.ServiceProvider.GetRequiredService<CaseService>(),
            new SignedIn(PenaltyCaseWalk.Officer),
            scope.ServiceProvider.GetRequiredService<ISectorRegistry>(),
            scope.ServiceProvider.GetRequiredService<CaseAccess>(),
            scope.ServiceProvider.GetRequiredService<AccountOfficers>());

        var overGraphQL = await api.TryOpenCaseAsync(team, partyCode: "9143-1128");
        var inConsole = await Assert.ThrowsAsync<SanXiangException>(() => console.OpenCaseAsync(CaseApi.Tenant, new NewCase(
            "销售超过保质期的食品案", EnforcementCategory.Penalty, new CaseParty("新田县某某食品超市有限公司", PartyKind.Organisation, "9143-1128"), false, 5000m, team)));

        Assert.Equal([ErrorCodes.ValidationFailed], overGraphQL.Codes);
        Assert.Equal(inConsole.Code, overGraphQL.Codes[0]);
        Assert.Equal(inConsole.Message, overGraphQL.FirstMessage);
        Assert.Equal("party.idCode", Assert.Single(inConsole.Problems).Field);
        Assert.Equal("party.idCode", overGraphQL.Body["errors"]![0]!["extensions"]!["data"]!["problems"]![0]!["field"]!.GetValue<string>());
    }

    private sealed class SignedIn(string userName) : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() =>
            Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity(
                [new Claim(ClaimTypes.NameIdentifier, userName), new Claim(SanXiangClaims.TenantRole, $"{CaseApi.Tenant}:Officer")],
                "test"))));
    }
}
