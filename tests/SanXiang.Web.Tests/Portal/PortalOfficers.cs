using Microsoft.Extensions.DependencyInjection;
using SanXiang.Plugins;
using SanXiang.Silo.Officers;
using SanXiang.Web.Tests.GraphQL;

namespace SanXiang.Web.Tests.Portal;

/// <summary>Officers written straight through the roster of the test host's silo, with certificate numbers no other test uses.</summary>
internal static class PortalOfficers
{
    public const string Tenant = "xintian-scjg";

    public static string NewCertificate(string prefix) => prefix + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();

    public static async Task<string> AddAsync(GraphQLAppFactory factory, string name, DateOnly validTo, OfficerStatus status = OfficerStatus.Active, string? certificate = null)
    {
        var grains = factory.Services.GetRequiredService<IGrainFactory>();
        var number = certificate ?? NewCertificate("GS");
        var added = await grains.GetGrain<IOfficerRosterGrain>(Tenant).AddAsync(new Officer(
            string.Empty, name, "综合执法大队", "执法队员", number, [EnforcementCategory.Penalty, EnforcementCategory.Inspection], "新田县",
            new DateOnly(2020, 1, 1), validTo, OfficerStatus.Active, IsReviewer: true, HasLegalQualification: true));
        if (status != OfficerStatus.Active)
        {
            await grains.GetGrain<IOfficerGrain>(Silo.GrainKeys.For(Tenant, added.Id)).SetCertificateStatusAsync(status);
        }

        return number;
    }
}
