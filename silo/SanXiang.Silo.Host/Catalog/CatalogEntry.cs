using SanXiang.Silo.Agencies;
using SanXiang.Silo.Plans;

namespace SanXiang.Silo.Host.Catalog;

/// <summary>
/// One agency of the catalog with its plan (supervising departments have none) and the catalog
/// version the grains compare: a hash of the files the entry was read from.
/// </summary>
public sealed record CatalogEntry(Agency Agency, ImplementationPlan? Plan, string Version)
{
    public string Id => Agency.Profile.Id;
}
