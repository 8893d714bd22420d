using GraphQL;
using SanXiang.Domain.Cases.Review;

namespace SanXiang.Web.GraphQL.Schema.Cases;

/// <summary>A reviewer's request for supplementary materials, to be supplied by <c>supplyBy</c> (yyyy-MM-dd).</summary>
[Name("SupplementRequest")]
public sealed class SupplementRequestNode(SupplementRequest request)
{
    public CaseOfficerNode Reviewer => new(request.Reviewer);

    public IEnumerable<string> Items => request.Items;

    public string SupplyBy => IsoDate.Format(request.SupplyBy);

    public string Reason => request.Reason;

    public string At => IsoTime.Format(request.At);
}
