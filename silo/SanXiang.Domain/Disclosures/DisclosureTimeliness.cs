using SanXiang.Domain.Cases.Engine;

namespace SanXiang.Domain.Disclosures;

/// <summary>
/// 公示及时率 for one decision (DOMAIN.md §10: decisions published within their deadline / decisions due for publication;
/// the deadline is the draft's due day, 国办发〔2018〕118号). A decision becomes due for publication on the day after its due
/// day, or on the day it was published if that came first; it was on time when published, on a China day, no later than
/// its due day. A decision withheld by rule (不予公开) is never due, and one whose due day the calendar could not give is
/// not counted until it has one.
/// </summary>
public static class DisclosureTimeliness
{
    /// <summary>The first day the decision counts as due for publication, or null when it never does.</summary>
    public static DateOnly? DueCountsFrom(DisclosureEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Status == DisclosureStatus.Withheld || entry.Due is not { } due)
        {
            return null;
        }

        var afterDue = due.AddDays(1);
        return PublishedOn(entry) is { } published && published < afterDue ? published : afterDue;
    }

    /// <summary>The day the decision counts as published on time, or null when it was not (or is not yet) published on time.</summary>
    public static DateOnly? OnTimeFrom(DisclosureEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return DueCountsFrom(entry) is not null && PublishedOn(entry) is { } published && published <= entry.Due ? published : null;
    }

    private static DateOnly? PublishedOn(DisclosureEntry entry) => entry.PublishedAt is { } at ? CaseDates.ChinaDate(at) : null;
}
