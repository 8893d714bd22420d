namespace SanXiang.Silo.Disclosures;

/// <summary>
/// An agency's disclosure list (公示管理: drafts with their due days, withheld, published, withdrawn) from the read
/// model's <c>disclosures</c> table with cursor paging; a stateless worker. Key: the tenant id.
/// </summary>
public interface IDisclosureListGrain : IGrainWithStringKey
{
    /// <summary>At most <paramref name="first"/> rows after <paramref name="after"/>; VALIDATION_FAILED for a cursor it did not give.</summary>
    Task<DisclosurePage> ListAsync(DisclosureQuery query, int first, string? after);

    Task<int> CountAsync(DisclosureQuery query);
}
