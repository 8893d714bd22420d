using SanXiang.Silo.Agencies;

namespace SanXiang.Web.Onboarding;

/// <summary>
/// The directory as an onboarding sees it: look-ups by credit code and by name, and whether an agency lies in the
/// importing department's subtree (its chain of parents reaches the department), from the profiles in memory.
/// </summary>
internal sealed class KnownAgencies(IReadOnlyList<AgencyProfile> directory, AgencyProfile department)
{
    public const string Outside = "outside";
    public const string Ambiguous = "ambiguous";
    public const string Unknown = "unknown";

    private readonly Dictionary<string, AgencyProfile> byId = directory.ToDictionary(p => p.Id, StringComparer.Ordinal);
    private readonly Dictionary<string, AgencyProfile> byCreditCode = directory.Where(p => p.CreditCode is { Length: > 0 })
        .GroupBy(p => p.CreditCode!.ToUpperInvariant(), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    private readonly ILookup<string, AgencyProfile> byName = directory.ToLookup(p => p.Name, StringComparer.Ordinal);

    public AgencyProfile Department => department;

    public AgencyProfile? ByCreditCode(string code) => byCreditCode.GetValueOrDefault(code);

    /// <summary>
    /// The agency a 上级机关 cell names — by credit code, by its platform id (as the 新增下级机关 form and the API give it)
    /// or by name — when it lies in the department's subtree; else why not.
    /// </summary>
    public (AgencyProfile? Agency, string? Problem) Find(string text)
    {
        var candidates = (ByCreditCode(text.ToUpperInvariant()) ?? byId.GetValueOrDefault(text)) is { } exact ? [exact] : byName[text].ToList();
        if (candidates.Count == 0)
        {
            return (null, Unknown);
        }

        var inside = candidates.Where(IsInSubtree).ToList();
        return inside.Count switch
        {
            1 => (inside[0], null),
            0 => (null, Outside),
            _ => (null, Ambiguous),
        };
    }

    /// <summary>The department and every agency below it, by level and then name: where a new agency may be placed.</summary>
    public IReadOnlyList<AgencyProfile> Subtree() =>
        [.. byId.Values.Where(IsInSubtree).OrderBy(a => a.Level).ThenBy(a => a.Name, StringComparer.Ordinal)];

    private bool IsInSubtree(AgencyProfile agency)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var current = agency; current is not null && seen.Add(current.Id); current = current.ParentId is { } p ? byId.GetValueOrDefault(p) : null)
        {
            if (current.Id == department.Id)
            {
                return true;
            }
        }

        return false;
    }
}
