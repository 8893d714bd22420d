using SanXiang.Domain.Cases;

namespace SanXiang.Silo.Grains.ReadModel;

/// <summary>
/// A case's summary to write with its events, and which of its child rows changed since the row the table holds
/// (the case's grain knows the row it wrote last): most events change only the row itself, so most appends
/// write one statement here, not a dozen. <paramref name="RankChanged"/>: the status or the next deadline its officers'
/// rows order 我的案件 by changed (<see cref="CaseSummaryColumns.DueOrder"/>).
/// </summary>
public sealed record CaseSummaryWrite(CaseSummary Summary, bool OfficersChanged, bool DeadlinesChanged, bool TextChanged, bool RankChanged)
{
    /// <summary>The write of a case as if the table held nothing of it (a new case, a rebuild).</summary>
    public static CaseSummaryWrite Whole(CaseSummary summary) => new(summary, true, true, true, true);

    /// <summary>The write that turns <paramref name="before"/>'s row into <paramref name="after"/>'s.</summary>
    public static CaseSummaryWrite Since(CaseSummary? before, CaseSummary after)
    {
        ArgumentNullException.ThrowIfNull(after);
        return before is null
            ? Whole(after)
            : new CaseSummaryWrite(
                after,
                !before.Officers.SequenceEqual(after.Officers),
                !before.OpenDeadlines.Select(d => d.Due).SequenceEqual(after.OpenDeadlines.Select(d => d.Due)),
                before.Title != after.Title || before.Party.Name != after.Party.Name,
                before.Status != after.Status || CaseSummaryColumns.DueOrder(before) != CaseSummaryColumns.DueOrder(after));
    }
}
