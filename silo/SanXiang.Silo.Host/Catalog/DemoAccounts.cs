using SanXiang.Plugins;
using SanXiang.Silo.Accounts;
using SanXiang.Silo.Officers;

namespace SanXiang.Silo.Host.Catalog;

/// <summary>
/// The demo accounts the catalog implies (tenants/catalog/README.md lists them): an administrator,
/// an officer and a legal reviewer for every onboarded agency, and a supervisor for every
/// supervising department that has an onboarded agency under it. All share one well-known
/// password, which is why they exist only when demo data is on. The reviewer signs in as a demo
/// officer of the agency's legal unit, marked a legal reviewer with the legal-profession
/// qualification: a review opinion is always the signed-in officer's own, so an unlinked reviewer
/// account could not review at all.
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

    private static DemoAccount Account(CatalogEntry entry, string suffix, TenantRole role, string label)
    {
        var officer = role == TenantRole.LegalReviewer ? ReviewerOfficer(entry) : null;
        return new($"{entry.Id}.{suffix}", $"{entry.Agency.Profile.Name}{label}（演示）", new Membership(entry.Id, role, officer?.Id), officer);
    }

    // The legal unit the seed names (法规股, 法制机构, 法制部门 …), else the agency's first unit.
    private static Officer ReviewerOfficer(CatalogEntry entry)
    {
        var units = entry.Agency.OrgUnits;
        var unit = units.FirstOrDefault(u => u.Name.Contains('法', StringComparison.Ordinal))?.Name ?? units.FirstOrDefault()?.Name ?? "法制审核机构";
        var certificate = $"DEMO-{entry.Id.ToUpperInvariant()}-R";
        return new Officer(
            OfficerId.FromCertificate(certificate),
            "演示审核员",
            unit,
            "法制审核人员",
            certificate,
            [EnforcementCategory.Penalty, EnforcementCategory.Licensing, EnforcementCategory.Coercion, EnforcementCategory.Inspection],
            null,
            new DateOnly(2024, 1, 1),
            new DateOnly(2035, 12, 31),
            OfficerStatus.Active,
            IsReviewer: true,
            HasLegalQualification: true);
    }
}
