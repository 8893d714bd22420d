using Bunit;
using SanXiang.Web.Components.Agencies;

namespace SanXiang.Web.Tests.Components;

public sealed class CreditCodeChipShould : ConsoleTestContext
{
    [Fact]
    public void WarnOnABadChecksum()
    {
        var bad = Samples.ValidCreditCode[..17] + (Samples.ValidCreditCode[17] == 'C' ? "D" : "C");

        var cut = Render<CreditCodeChip>(p => p.Add(c => c.Code, bad));

        Assert.Contains("校验位不符", cut.Find(".credit-warning").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ShowAValidCodeWithoutWarning()
    {
        var cut = Render<CreditCodeChip>(p => p.Add(c => c.Code, Samples.ValidCreditCode));

        Assert.Contains(Samples.ValidCreditCode, cut.Markup, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll(".credit-warning"));
        Assert.Empty(cut.FindAll(".credit-error"));
    }

    [Fact]
    public void SayWhenNoCodeIsRecorded()
    {
        var cut = Render<CreditCodeChip>(p => p.Add(c => c.Code, null));

        Assert.Contains("未登记", cut.Markup, StringComparison.Ordinal);
    }
}
