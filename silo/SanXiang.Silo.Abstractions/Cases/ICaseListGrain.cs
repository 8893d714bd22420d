namespace SanXiang.Silo.Cases;

/// <summary>
/// An agency's case lists, from the read model (SQL with filters and cursor paging; no grain holds the list).
/// A stateless worker: any number answer at once, and none queues behind a case's writes. Key: the tenant id.
/// </summary>
public interface ICaseListGrain : IGrainWithStringKey
{
    /// <summary>At most <paramref name="first"/> (1–200) cases after <paramref name="after"/> (a cursor from the previous page); VALIDATION_FAILED for a cursor it did not give.</summary>
    Task<CaseListPage> ListAsync(CaseQuery query, int first, string? after);

    /// <summary>How many cases the query finds in all.</summary>
    Task<int> CountAsync(CaseQuery query);
}
