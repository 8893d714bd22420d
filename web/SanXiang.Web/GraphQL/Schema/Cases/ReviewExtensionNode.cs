using GraphQL;
using SanXiang.Domain.Cases.Review;

namespace SanXiang.Web.GraphQL.Schema.Cases;

/// <summary>The head's once-only extension of a review's time limit: working days added, why, who approved (the account) and when.</summary>
[Name("ReviewExtension")]
public sealed class ReviewExtensionNode(ReviewExtension extension)
{
    public int Days => extension.Days;

    public string Reason => extension.Reason;

    public string ApprovedBy => extension.Actor;

    public string At => IsoTime.Format(extension.At);
}
