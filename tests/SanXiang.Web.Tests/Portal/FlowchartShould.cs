using Bunit;
using SanXiang.Plugins;
using SanXiang.Web.Portal;

namespace SanXiang.Web.Tests.Portal;

/// <summary>执法流程图: a box per procedure step, in order, an arrow between neighbours, optional steps and time limits marked.</summary>
public sealed class FlowchartShould : BunitContext
{
    private static readonly Procedure Penalty = new(
        EnforcementCategory.Penalty,
        "行政处罚普通程序",
        [
            Step("filing", CaseStepKind.Filing, "立案"),
            Step("investigation", CaseStepKind.Investigation, "调查取证"),
            Step("hearing", CaseStepKind.Hearing, "听证", optionalWhen: "当事人要求听证的"),
            Step("decision", CaseStepKind.Decision, "作出处罚决定", deadline: new StepDeadline("自立案之日起作出决定", 90, DayCount.CalendarDays, null, "行政处罚法 第六十条")),
            Step("closing", CaseStepKind.Closing, "结案归档"),
        ],
        null);

    [Fact]
    public void DrawANodeForEveryStepOfTheProcedureInOrder()
    {
        var chart = Render<ProcedureChart>(p => p.Add(c => c.Procedure, Penalty));

        Assert.Equal(["filing", "investigation", "hearing", "decision", "closing"], chart.FindAll("svg g.flow-step").Select(g => g.GetAttribute("data-step-id")));
        Assert.Equal(4, chart.FindAll("svg line.flow-arrow").Count);
        Assert.Equal(["hearing"], chart.FindAll("g.flow-optional").Select(g => g.GetAttribute("data-step-id")));
        Assert.Contains("（可选：当事人要求听证的）", chart.Find("g[data-step-id=hearing]").TextContent, StringComparison.Ordinal);
        Assert.Contains("90日", chart.Find("g[data-step-id=decision]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void StackTheBoxesWithoutOverlapInAPhonesWidth()
    {
        var chart = Flowchart.For(Penalty);

        Assert.Equal(Penalty.Steps.Count, chart.Nodes.Count);
        Assert.All(chart.Nodes.Zip(chart.Nodes.Skip(1)), pair => Assert.True(pair.First.Y + pair.First.Height < pair.Second.Y));
        Assert.All(chart.Nodes, n => Assert.True(n.X >= 0 && n.X + n.Width <= chart.Width));
        Assert.True(chart.Nodes[^1].Y + chart.Nodes[^1].Height <= chart.Height);
    }

    [Fact]
    public void WrapALongStepNameInsideItsBox()
    {
        var longName = new Procedure(EnforcementCategory.Licensing, "行政许可", [Step("examination", CaseStepKind.Examination, new string('审', 60))], null);

        var node = Flowchart.For(longName).Nodes.Single();

        Assert.True(node.Lines.Count >= 3);
        Assert.Equal("1. " + new string('审', 60), string.Concat(node.Lines.Select(l => l.Text)));
    }

    private static ProcedureStep Step(string id, CaseStepKind kind, string name, string? optionalWhen = null, StepDeadline? deadline = null) =>
        new(id, kind, name, optionalWhen is not null, optionalWhen, [], 1, deadline is null ? [] : [deadline]);
}
