namespace SanXiang.Silo.Host.Catalog;

/// <summary>
/// The whole catalog, read and checked: supervising departments (not onboarded) and the seed
/// agencies. <see cref="Warnings"/> hold what is odd but allowed, e.g. a credit code whose check
/// character does not match (GB 32100: warn, do not reject).
/// </summary>
public sealed record SeedCatalog(
    string Directory,
    IReadOnlyList<CatalogEntry> Departments,
    IReadOnlyList<CatalogEntry> Agencies,
    IReadOnlyList<CatalogError> Warnings)
{
    public IEnumerable<CatalogEntry> All => Departments.Concat(Agencies);
}
