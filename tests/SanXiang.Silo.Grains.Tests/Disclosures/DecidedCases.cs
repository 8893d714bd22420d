using SanXiang.Domain.Cases;
using SanXiang.Silo.Cases;
using SanXiang.Silo.Grains.Tests.Cases;

namespace SanXiang.Silo.Grains.Tests.Disclosures;

/// <summary>A decided penalty case, whose disclosure waits as a draft.</summary>
internal static class DecidedCases
{
    /// <summary>A citizen's 5 000-yuan penalty filed on 2026-03-02 and decided on 2026-03-10 (Tue): to be published by 03-19.</summary>
    public static async Task<(string CaseId, ICaseGrain Grain)> DecideAsync(IGrainFactory grains, string tenant)
    {
        var opened = await grains.GetGrain<ICaseFilingGrain>(tenant).OpenAsync(CaseSamples.Open(CaseSamples.At(2026, 3, 2)) with { Party = new CaseParty("王某某", PartyKind.Citizen, "431128199001010011") });
        var driver = new PenaltyCaseDriver(grains.GetGrain<ICaseGrain>(GrainKeys.For(tenant, opened.Id)));
        await driver.ThroughExaminationAsync(CaseSamples.At(2026, 3, 3));
        await driver.IssueAndCompleteAsync("notification", CaseSamples.At(2026, 3, 4));
        foreach (var optional in new[] { "hearing", "legal-review", "collective-discussion" })
        {
            await driver.SkipAsync(optional, CaseSamples.At(2026, 3, 9));
        }

        await driver.Grain.ProposeDecisionAsync(new ProposeDecisionCommand([Domain.Cases.Review.PenaltyKind.Fine], 5000m, 0m, "《中华人民共和国食品安全法》第一百二十四条", "王某某（电话13912345678）销售超过保质期的食品", false, "xintian-scjg.officer", CaseSamples.At(2026, 3, 9)));
        await driver.IssueAndCompleteAsync("decision", CaseSamples.At(2026, 3, 10));
        return (opened.Id, driver.Grain);
    }
}
