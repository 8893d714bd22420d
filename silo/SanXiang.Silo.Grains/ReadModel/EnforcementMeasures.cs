using SanXiang.Domain.Disclosures;
using SanXiang.Domain.Officers;
using SanXiang.Domain.Supervision;
using SanXiang.Silo.Officers;

namespace SanXiang.Silo.Grains.ReadModel;

/// <summary>
/// The enforcement indicators' counts (<see cref="EnforcementCounts"/>) as dated rows of <c>plan_agency_dates</c>, beside the
/// plan's own (<see cref="PlanRollupMeasures"/>), so the same rollup rows and the same moves in the tree carry them. Every
/// measure here counts on a day D the rows dated on or before D; a span of days is +1 on its first day and −1 on the day
/// after its last. The days come from the Domain's rules (<see cref="DisclosureTimeliness"/>, <see cref="OfficerCertification.ValidDays"/>).
/// </summary>
public static class EnforcementMeasures
{
    public const string DisclosuresDue = "disclosures_due";
    public const string DisclosuresOnTime = "disclosures_on_time";
    public const string Officers = "officers";
    public const string OfficersCertified = "officers_certified";
    public const string ReviewersCertified = "reviewers_certified";
    public const string FilesEvaluated = "files_evaluated";
    public const string FilesPassed = "files_passed";

    public static readonly IReadOnlyList<string> OfDisclosures = [DisclosuresDue, DisclosuresOnTime];
    public static readonly IReadOnlyList<string> OfOfficers = [Officers, OfficersCertified, ReviewersCertified];
    public static readonly IReadOnlyList<string> OfInspections = [FilesEvaluated, FilesPassed];

    /// <summary>One case's decision: due for publication, and published on time.</summary>
    public static IReadOnlyDictionary<(string Measure, string Name, DateOnly Day), int> Of(DisclosureEntry? entry)
    {
        var counts = new Dictionary<(string, string, DateOnly), int>();
        if (entry is not null)
        {
            Add(counts, DisclosuresDue, DisclosureTimeliness.DueCountsFrom(entry));
            Add(counts, DisclosuresOnTime, DisclosureTimeliness.OnTimeFrom(entry));
        }

        return counts;
    }

    /// <summary>An agency's whole roster: officers on duty (not deactivated), and on which days each holds a valid certificate.</summary>
    public static IReadOnlyDictionary<(string Measure, string Name, DateOnly Day), int> Of(IEnumerable<Officer> roster)
    {
        ArgumentNullException.ThrowIfNull(roster);
        var counts = new Dictionary<(string, string, DateOnly), int>();
        foreach (var officer in roster.Where(o => o.Status != OfficerStatus.Inactive))
        {
            Add(counts, Officers, DateOnly.MinValue);
            if (OfficerCertification.ValidDays(officer.ToFacts()) is { } days)
            {
                AddSpan(counts, OfficersCertified, days.From, days.To);
                if (officer.IsReviewer)
                {
                    AddSpan(counts, ReviewersCertified, days.From, days.To);
                }
            }
        }

        return counts;
    }

    /// <summary>The case files an inspection evaluated and passed, counted for the agency whose files they are once scored.</summary>
    public static IReadOnlyDictionary<(string Measure, string Name, DateOnly Day), int> OfFiles(int evaluated, int passed)
    {
        var counts = new Dictionary<(string, string, DateOnly), int>();
        Add(counts, FilesEvaluated, DateOnly.MinValue, evaluated);
        Add(counts, FilesPassed, DateOnly.MinValue, passed);
        return counts;
    }

    /// <summary>The counts of <paramref name="sums"/> (measure → rows summed up to the day) as the Domain's record.</summary>
    public static EnforcementCounts Counts(Func<string, int> sums)
    {
        ArgumentNullException.ThrowIfNull(sums);
        return new(
            sums(DisclosuresDue),
            sums(DisclosuresOnTime),
            sums(Officers),
            sums(OfficersCertified),
            sums(ReviewersCertified),
            sums(FilesEvaluated),
            sums(FilesPassed));
    }

    private static void AddSpan(Dictionary<(string, string, DateOnly), int> counts, string measure, DateOnly from, DateOnly to)
    {
        Add(counts, measure, from);
        if (to < DateOnly.MaxValue)
        {
            Add(counts, measure, to.AddDays(1), -1);
        }
    }

    private static void Add(Dictionary<(string, string, DateOnly), int> counts, string measure, DateOnly? day, int count = 1)
    {
        if (day is { } value && count != 0)
        {
            var key = (measure, "", value);
            counts[key] = counts.GetValueOrDefault(key) + count;
            if (counts[key] == 0)
            {
                counts.Remove(key);
            }
        }
    }
}
