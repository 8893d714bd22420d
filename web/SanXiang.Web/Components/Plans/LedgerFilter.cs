using SanXiang.Silo.Plans;

namespace SanXiang.Web.Components.Plans;

/// <summary>What the ledger table shows: one task group (or all), text in the measure or the responsible units, a deadline kind.</summary>
public sealed record LedgerFilter(string? Group = null, string? Text = null, DeadlineKind Deadline = DeadlineKind.Any)
{
    public static LedgerFilter None { get; } = new();

    public bool Matches(LedgerTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        if (!string.IsNullOrEmpty(Group) && !string.Equals(task.Group, Group, StringComparison.Ordinal))
        {
            return false;
        }

        if (!string.IsNullOrWhiteSpace(Text)
            && !task.Measure.Contains(Text.Trim(), StringComparison.OrdinalIgnoreCase)
            && !task.ResponsibleUnits.Contains(Text.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return Deadline switch
        {
            DeadlineKind.Dated => task.Due is not null,
            DeadlineKind.LongTerm => task.LongTerm,
            _ => true,
        };
    }

    public IReadOnlyList<LedgerTask> Apply(IEnumerable<LedgerTask> tasks) => [.. tasks.Where(Matches)];
}
