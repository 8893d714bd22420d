namespace SanXiang.Plugins;

/// <summary>
/// 案卷评查标准: how a supervising department scores a sector's archived case files (DOMAIN.md §10) — veto items first,
/// any one of which fails the file, then 100 points, 20 for form and 80 for content. The passing mark is not part of the
/// standard: the province sets it (e.g. 60 or 80), so each inspection names its own.
/// </summary>
/// <param name="Name">The standard's title as the console shows it.</param>
/// <param name="Source">Where it comes from (the rule or the common scheme it follows).</param>
public sealed record EvaluationStandard(string Name, string Source, IReadOnlyList<EvaluationVetoItem> VetoItems, IReadOnlyList<EvaluationItem> Items)
{
    public const int FormPoints = 20;

    public const int ContentPoints = 80;

    /// <summary>Why the standard cannot be used, or null when it can: ids unique and filled, parts summing to 20 and 80.</summary>
    public string? Problem()
    {
        if (VetoItems is null || Items is null)
        {
            return "the standard needs its veto items and its scoring items.";
        }

        var ids = VetoItems.Select(v => v.Id).Concat(Items.Select(i => i.Id)).ToList();
        if (ids.Any(string.IsNullOrWhiteSpace) || VetoItems.Any(v => string.IsNullOrWhiteSpace(v.Text)) || Items.Any(i => string.IsNullOrWhiteSpace(i.Text)))
        {
            return "every veto item and scoring item needs an id and a text.";
        }

        if (ids.GroupBy(id => id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            return $"the id '{twice.Key}' is used twice.";
        }

        if (Items.Any(i => i.Points <= 0))
        {
            return "every scoring item is worth at least one point.";
        }

        var form = Items.Where(i => i.Part == EvaluationPart.Form).Sum(i => i.Points);
        var content = Items.Where(i => i.Part == EvaluationPart.Content).Sum(i => i.Points);
        return form == FormPoints && content == ContentPoints
            ? null
            : $"form items sum to {form} and content items to {content}; the scheme is {FormPoints} and {ContentPoints}.";
    }
}
