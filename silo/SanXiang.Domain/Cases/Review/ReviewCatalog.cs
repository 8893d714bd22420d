using SanXiang.Plugins;

namespace SanXiang.Domain.Cases.Review;

/// <summary>
/// The 重大执法决定法制审核目录清单 a case is evaluated against: the rows in force with where each comes from, the
/// scope, and the version it is cited by. <paramref name="Missing"/> names a sector whose plugin is not loaded: its
/// catalog cannot be read, so every decision counts as major rather than none (<see cref="MajorDecisionRule"/>).
/// </summary>
public sealed record ReviewCatalog(string Version, IReadOnlyList<ReviewCatalogRule> Rules, ReviewScope Scope = ReviewScope.MajorDecisions, string? Missing = null, ReviewRuleSource? ScopeSource = null)
{
    public static ReviewCatalog Empty { get; } = new("", []);

    public static ReviewCatalog Unavailable(string sectorId) => new("", [], Missing: sectorId);

    /// <summary>The sector plugin's default catalog, versioned by the plugin's version.</summary>
    public static ReviewCatalog Of(ISectorPlugin plugin) => Compose(plugin, []);

    /// <summary>
    /// The catalog in force for an agency: the sector's defaults (none for a department without a sector plugin), then the editions in force of the departments
    /// above it (the highest first) and its own last. Catalogs are issued that way in practice — a provincial list
    /// with city and county additions — and a lower catalog may only widen what it inherits: every row above it
    /// holds, a row it adds makes more decisions major (a lower amount, another kind), and the scope is the widest
    /// of the chain. A row stated twice keeps its first source.
    /// </summary>
    public static ReviewCatalog Compose(ISectorPlugin? plugin, IReadOnlyList<ReviewCatalogEdition> chain, string? ownAgencyId = null)
    {
        ArgumentNullException.ThrowIfNull(chain);
        var rules = new List<ReviewCatalogRule>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (plugin is not null)
        {
            Add(rules, ids, plugin.ReviewCatalogDefaults, new ReviewRuleSource(ReviewRuleOrigin.Sector, null, $"{plugin.Sector.Name}行业默认目录（{plugin.Sector.Version}）"));
        }

        var scope = ReviewScope.MajorDecisions;
        ReviewRuleSource? scopeSource = null;
        foreach (var edition in chain)
        {
            var origin = ownAgencyId is not null && edition.AgencyId == ownAgencyId ? ReviewRuleOrigin.Own : ReviewRuleOrigin.Inherited;
            var source = new ReviewRuleSource(origin, edition.AgencyId, edition.Label);
            Add(rules, ids, edition.Entries, source);
            if (edition.Scope > scope)
            {
                (scope, scopeSource) = (edition.Scope, source);
            }
        }

        var editions = chain.Select(e => $"{e.AgencyId}@{e.Version}");
        var version = string.Join("+", plugin is null ? editions : editions.Prepend($"{plugin.Sector.Id}@{plugin.Sector.Version}"));
        return new(version, rules, scope, null, scopeSource);
    }

    private static void Add(List<ReviewCatalogRule> rules, HashSet<string> ids, IEnumerable<ReviewCatalogEntry> entries, ReviewRuleSource source)
    {
        foreach (var entry in entries)
        {
            var id = MajorDecisionRule.IdOf(entry);
            if (ids.Add(id))
            {
                rules.Add(new ReviewCatalogRule(id, entry, source));
            }
        }
    }
}
