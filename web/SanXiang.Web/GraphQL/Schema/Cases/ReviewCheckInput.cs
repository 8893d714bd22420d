using GraphQL;
using SanXiang.Domain.Cases.Review;

namespace SanXiang.Web.GraphQL.Schema.Cases;

/// <summary>One of the seven review points (审核要点) with the reviewer's finding and note.</summary>
[Name("ReviewCheckInput")]
public sealed class ReviewCheckInput
{
    public ReviewPoint Point { get; set; }

    public ReviewFinding? Finding { get; set; }

    public string Note { get; set; } = "";
}
