using System.Text.RegularExpressions;
using Bunit;
using SanXiang.Domain.Cases;
using SanXiang.Web.Components.Cases;

namespace SanXiang.Web.Tests.Components.Cases;

public sealed partial class DeadlineListShould : ConsoleTestContext
{
    [Fact]
    public void NameEveryStateOfADeadlineInChinese()
    {
        var deadlines = Enum.GetValues<CaseDeadlineStatus>()
            .Select(status => new CaseDeadlineView("当事人要求听证的，应当在行政机关告知后五日内提出", "《中华人民共和国行政处罚法》第六十四条", "hearing", null, false, status, null, null))
            .ToList();

        var cut = Render<DeadlineList>(p => p.Add(d => d.Deadlines, deadlines));

        var labels = cut.FindAll(".deadline-status").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(deadlines.Count, labels.Count);
        Assert.All(labels, label => Assert.DoesNotMatch(Latin(), label));
        Assert.Contains("已跳过", labels);
        Assert.Contains("未起算", labels);
    }

    [GeneratedRegex("[A-Za-z]")]
    private static partial Regex Latin();
}
