using SanXiang.Silo.Agencies;

namespace SanXiang.Silo.Grains.Agencies.ReadModel;

/// <summary>
/// The ancestor closure of the supervision tree, computed from the directory's profiles. A parent
/// that is not (yet) in the directory ends the chain: the catalog seeds departments first, and when
/// a missing parent arrives its subtree is computed again. A loop in the data (which the agency
/// grain refuses, but a state written before that check could hold) ends the chain too, rather
/// than running forever.
/// </summary>
internal static class AgencyClosure
{
    /// <summary>The agency itself at depth 0 and each department above it.</summary>
    public static IEnumerable<ClosureRow> RowsOf(string id, IReadOnlyDictionary<string, AgencyProfile> agencies)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var depth = 0;
        for (var current = id; agencies.TryGetValue(current, out var profile) && seen.Add(current); depth++)
        {
            yield return new ClosureRow(current, id, depth);
            if (profile.ParentId is not { } parent)
            {
                yield break;
            }

            current = parent;
        }
    }

    /// <summary>The agencies whose closure rows change when <paramref name="ids"/> change parent: each of them and everything below it.</summary>
    public static IReadOnlyCollection<string> SubtreesOf(IEnumerable<string> ids, IReadOnlyDictionary<string, AgencyProfile> agencies)
    {
        var children = agencies.Values
            .Where(a => a.ParentId is not null)
            .ToLookup(a => a.ParentId!, a => a.Id, StringComparer.Ordinal);
        var found = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(ids);
        while (pending.TryPop(out var id))
        {
            if (found.Add(id))
            {
                foreach (var child in children[id])
                {
                    pending.Push(child);
                }
            }
        }

        return found;
    }

    /// <summary>How many agencies each agency supervises directly (absent: none).</summary>
    public static IReadOnlyDictionary<string, int> ChildCounts(IReadOnlyDictionary<string, AgencyProfile> agencies) =>
        agencies.Values
            .Where(a => a.ParentId is not null)
            .GroupBy(a => a.ParentId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
}
