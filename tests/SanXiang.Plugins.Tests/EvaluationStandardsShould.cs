namespace SanXiang.Plugins.Tests;

public class EvaluationStandardsShould
{
    [Theory]
    [MemberData(nameof(Plugins.Ids), MemberType = typeof(Plugins))]
    public void GiveEachSectorAStandardOfVetoItemsThenTwentyAndEightyPoints(string id)
    {
        var standard = Plugins.Get(id).EvaluationStandard;

        Assert.NotNull(standard);
        Assert.Null(standard.Problem());
        // The common veto items of DOMAIN.md §10 hold in every sector; sectors refine the scoring items' wording.
        Assert.Equal(["subject", "officer", "two-officers", "crime-transfer", "evidence", "facts", "characterisation", "law", "procedure"], standard.VetoItems.Select(v => v.Id));
    }

    [Fact]
    public void NameEachSectorsOwnDocumentsInItsStandard()
    {
        Assert.Contains(Plugins.Get("market-regulation").EvaluationStandard!.Items, i => i.Text.Contains("国市监法发〔2021〕42号", StringComparison.Ordinal));
        Assert.Contains(Plugins.Get("emergency-management").EvaluationStandard!.Items, i => i.Text.Contains("整改复查意见书", StringComparison.Ordinal));
        Assert.Contains(Plugins.Get("civil-defense").EvaluationStandard!.Items, i => i.Text.Contains("人防易地建设费", StringComparison.Ordinal));
    }

    [Fact]
    public void RefuseAStandardWhosePartsDoNotSumToTwentyAndEighty()
    {
        var standard = Plugins.Get("judicial").EvaluationStandard!;
        var broken = standard with { Items = [.. standard.Items.Skip(1)] };

        Assert.Contains("form items sum to 15", broken.Problem(), StringComparison.Ordinal);
    }
}
