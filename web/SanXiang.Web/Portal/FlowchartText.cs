using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace SanXiang.Web.Portal;

/// <summary>An SVG <c>&lt;text&gt;</c> element of a flowchart box. Written in C#: Razor reserves the tag <c>text</c> for itself.</summary>
public sealed class FlowchartText : ComponentBase
{
    [Parameter]
    public int X { get; set; }

    [Parameter]
    public int Y { get; set; }

    [Parameter, EditorRequired]
    public FlowchartLine Line { get; set; } = default!;

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var name = Line.Kind == FlowchartLineKind.Name;
        builder.OpenElement(0, "text");
        builder.AddAttribute(1, "class", "flow-line");
        builder.AddAttribute(2, "x", X);
        builder.AddAttribute(3, "y", Y);
        builder.AddAttribute(4, "font-size", 14);
        builder.AddAttribute(5, "font-weight", name ? "bold" : "normal");
        builder.AddAttribute(6, "fill", name ? "#0d47a1" : "#424242");
        builder.AddContent(7, Line.Text);
        builder.CloseElement();
    }
}
