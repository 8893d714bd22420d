namespace SanXiang.Plugins;

/// <summary>否决项: a defect that fails a case file outright, whatever its points (e.g. 执法主体不合法).</summary>
public sealed record EvaluationVetoItem(string Id, string Text);
