using SanXiang.Plugins;

namespace SanXiang.Web.Portal;

/// <summary>
/// 执法流程图 (DOMAIN.md §1) of one procedure, laid out top to bottom: a box per step in the procedure's order, an
/// arrow from each to the next. The chart is as narrow as a phone (its view box scales it), so text is wrapped here:
/// SVG does not wrap text itself.
/// </summary>
public sealed record Flowchart(Procedure Procedure, int Width, int Height, IReadOnlyList<FlowchartNode> Nodes)
{
    public const int ChartWidth = 340;

    public const int LineHeight = 20;

    private const int Margin = 10;
    private const int Padding = 10;
    private const int Gap = 28;

    // Box text at 14 units: a Chinese character is about 14 wide, a Latin letter or digit about half that.
    private const int LineUnits = (ChartWidth - (2 * Margin) - (2 * Padding)) / 7;

    public static Flowchart For(Procedure procedure)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        var nodes = new List<FlowchartNode>(procedure.Steps.Count);
        var y = Margin;
        foreach (var (step, index) in procedure.Steps.Select((s, i) => (s, i)))
        {
            var lines = LinesOf(step, index + 1);
            var height = (lines.Count * LineHeight) + (2 * Padding);
            nodes.Add(new FlowchartNode(step.Id, index + 1, step.Optional, Margin, y, ChartWidth - (2 * Margin), height, lines));
            y += height + Gap;
        }

        return new Flowchart(procedure, ChartWidth, nodes.Count == 0 ? 2 * Margin : y - Gap + Margin, nodes);
    }

    /// <summary>Where the text of a box's line sits (its baseline).</summary>
    public static int Baseline(FlowchartNode node, int line)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.Y + Padding + (line * LineHeight) + 15;
    }

    private static List<FlowchartLine> LinesOf(ProcedureStep step, int number)
    {
        var lines = Wrap($"{number}. {step.Name}", FlowchartLineKind.Name);
        if (step.Optional)
        {
            lines.AddRange(Wrap(step.OptionalWhen is { Length: > 0 } when ? $"（可选：{when}）" : "（可选）", FlowchartLineKind.Optional));
        }

        foreach (var deadline in step.Deadlines)
        {
            lines.AddRange(Wrap("时限：" + PortalTexts.Deadline(deadline), FlowchartLineKind.Deadline));
        }

        return lines;
    }

    private static List<FlowchartLine> Wrap(string text, FlowchartLineKind kind)
    {
        var lines = new List<FlowchartLine>();
        var start = 0;
        var units = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var width = text[i] < 0x2E80 ? 1 : 2;
            if (units + width > LineUnits && !char.IsLowSurrogate(text[i]))
            {
                lines.Add(new FlowchartLine(text[start..i], kind));
                start = i;
                units = 0;
            }

            units += width;
        }

        lines.Add(new FlowchartLine(text[start..], kind));
        return lines;
    }
}
