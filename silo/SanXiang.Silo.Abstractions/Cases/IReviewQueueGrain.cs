namespace SanXiang.Silo.Cases;

/// <summary>
/// An agency's legal-review queue (法制审核待办), from the read model's <c>review_queue</c> table with cursor paging; a
/// stateless worker, like <see cref="ICaseListGrain"/>. Key: the tenant id.
/// </summary>
public interface IReviewQueueGrain : IGrainWithStringKey
{
    /// <summary>At most <paramref name="first"/> reviews after <paramref name="after"/> (a cursor from the previous page); VALIDATION_FAILED for a cursor it did not give.</summary>
    Task<ReviewQueuePage> ListAsync(ReviewQueueQuery query, int first, string? after);

    /// <summary>How many reviews the query finds in all.</summary>
    Task<int> CountAsync(ReviewQueueQuery query);
}
