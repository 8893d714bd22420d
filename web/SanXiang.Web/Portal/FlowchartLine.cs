namespace SanXiang.Web.Portal;

/// <summary>One line of text in a flowchart box: the step's name, its optional condition, or a time limit.</summary>
public sealed record FlowchartLine(string Text, FlowchartLineKind Kind);
