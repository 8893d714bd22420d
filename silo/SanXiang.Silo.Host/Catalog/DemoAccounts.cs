using SanXiang.Silo.Accounts;

namespace SanXiang.Silo.Host.Catalog;

/// <summary>
/// The demo accounts the catalog implies (tenants/catalog/README.md lists them): an administrator,
/// an officer and a legal reviewer for every onboarded agency, and a supervisor for every
/// supervising department that has an onboarded agency under it. All share one well-known
/// password, which is why they exist only when demo data is on.
/// </summary>
public static class DemoAccounts
{
    public const string Password = "SanXiang@2026";

    private static readonly (string Suffix, TenantRole Role, string Label)[] AgencyRoles =
    [
        ("admin", TenantRole.TenantAdmin, "机关管理员"),
        ("officer", TenantRole.Officer, "执法人员"),
        ("reviewer", TenantRole.LegalReviewer, "法制审核人员"),
    ];

    public static IReadOnlyList<DemoAccount> For(SeedCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var onboarded = catalog.All.Where(e => e.Agency.Profile.Onboarded).ToList();
        var accounts = onboarded
            .SelectMany(e => AgencyRoles.Select(r => Account(e, r.Suffix, r.Role, r.Label)))
            .ToList();

        var supervising = onboarded.Select(e => e.Agency.Profile.ParentId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        accounts.AddRange(catalog.All
            .Where(e => supervising.Contains(e.Id))
            .Select(e => Account(e, "supervisor", TenantRole.Supervisor, "监督人员")));
        return accounts;
    }

    private static DemoAccount Account(CatalogEntry entry, string suffix, TenantRole role, string label) =>
        new($"{entry.Id}.{suffix}", $"{entry.Agency.Profile.Name}{label}（演示）", new Membership(entry.Id, role));
}
