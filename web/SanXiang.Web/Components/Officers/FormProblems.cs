using SanXiang.Domain.Errors;

namespace SanXiang.Web.Components.Officers;

/// <summary>The problems a refusal named, by field, for a form to show each beside its field (all at once).</summary>
public sealed record FormProblems(IReadOnlyList<FieldProblem> All)
{
    public static FormProblems None { get; } = new([]);

    public bool Has(string field) => All.Any(p => p.Field == field);

    /// <summary>Every problem of <paramref name="field"/>, or null when it has none.</summary>
    public string? Text(string field) =>
        All.Where(p => p.Field == field).Select(p => p.Message.TrimEnd('。')).ToList() is { Count: > 0 } messages ? string.Join("；", messages) + "。" : null;

    public string Summary => string.Join("；", All.Select(p => p.Message.TrimEnd('。'))) + "。";
}
