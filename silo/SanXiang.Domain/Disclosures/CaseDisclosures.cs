using SanXiang.Domain.Cases.Events;

namespace SanXiang.Domain.Disclosures;

/// <summary>How each disclosure event changes <see cref="CaseDisclosure"/>; <paramref name="sequence"/> is the event's own number in the case's chain.</summary>
public static class CaseDisclosures
{
    public static CaseDisclosure Apply(CaseDisclosure? current, DisclosureEvent @event, long sequence)
    {
        ArgumentNullException.ThrowIfNull(@event);
        if (@event is DisclosureDrafted drafted)
        {
            return CaseDisclosure.Drafted(drafted.Draft, drafted.At);
        }

        var disclosure = current ?? throw new InvalidOperationException($"Disclosure event {@event.GetType().Name} before disclosure.drafted.");
        return @event switch
        {
            DisclosureWithheld withheld => disclosure with { Status = DisclosureStatus.Withheld, Bar = withheld.Bar, BarReason = withheld.Reason, StatusAt = withheld.At },
            DisclosurePublished published => disclosure with
            {
                Status = DisclosureStatus.Published,
                Record = published.Record,
                RecordHash = published.RecordHash,
                RecordSequence = sequence,
                PublishedAt = published.At,
                DisplayUntil = published.DisplayUntil,
                StatusAt = published.At,
            },
            DisclosureCorrected corrected => disclosure with
            {
                Record = corrected.Record,
                RecordHash = corrected.RecordHash,
                RecordSequence = sequence,
                CorrectedAt = corrected.At,
                CorrectReason = corrected.Reason,
                CorrectDue = corrected.Due,
            },
            DisclosureWithdrawn withdrawn => disclosure with
            {
                Status = DisclosureStatus.Withdrawn,
                RecordSequence = sequence,
                WithdrawnAt = withdrawn.At,
                WithdrawReason = withdrawn.Reason,
                WithdrawDue = withdrawn.Due,
                StatusAt = withdrawn.At,
            },
            _ => throw new InvalidOperationException($"Disclosure event {@event.GetType().Name} has no transition."),
        };
    }
}
