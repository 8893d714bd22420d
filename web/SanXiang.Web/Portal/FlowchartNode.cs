namespace SanXiang.Web.Portal;

/// <summary>A step's box: where it sits in the chart (SVG user units) and the lines it holds.</summary>
public sealed record FlowchartNode(string StepId, int Number, bool Optional, int X, int Y, int Width, int Height, IReadOnlyList<FlowchartLine> Lines);
