using SanXiang.Plugins.MarketRegulation;
using SanXiang.Plugins.Validation;
using SanXiang.Silo.Agencies;
using SanXiang.Silo.Grains.Documents;

namespace SanXiang.Silo.Grains.Tests.Documents;

internal static class DocumentSamples
{
    public const string Sector = "market-regulation";

    private static readonly MarketRegulationPlugin Plugin = new();

    /// <summary>A 市场监管 agency named like the demo tenant, with or without its own 机关代字.</summary>
    public static async Task<string> NewAgencyAsync(ClusterFixture fixture, string? documentCode = "新市监")
    {
        var id = Samples.NewTenantId();
        var profile = new AgencyProfile(id, "新田县市场监督管理局", AgencyLevel.County, Sector, "431128", null, null, true, "test", documentCode);
        await fixture.Grains.GetGrain<IAgencyGrain>(id).SeedAsync(new Agency(profile, [], null, null), "v1");
        return id;
    }

    /// <summary>A request filled with the template's sample values (the number left to the issuer).</summary>
    public static DocumentIssueRequest Request(string tenantId, string kind = "penalty-decision", int year = 2026, string? sector = null) =>
        new(tenantId, "case-1", "doc-" + Guid.NewGuid().ToString("N"), sector ?? Sector, kind, Fields(kind), new DateOnly(year, 3, 18));

    public static Dictionary<string, string> Fields(string kind) =>
        Plugin.DocumentTemplates.Single(t => t.Kind == kind).Fields
            .Where(f => f.Name != TemplateSamples.DocumentNumberField)
            .ToDictionary(f => f.Name, f => f.Sample);
}
