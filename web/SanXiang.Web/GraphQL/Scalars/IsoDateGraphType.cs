using GraphQL.Types;

namespace SanXiang.Web.GraphQL.Scalars;

/// <summary>
/// <c>Date</c>: a calendar day as ISO <c>yyyy-MM-dd</c> (graphql-dotnet's <see cref="DateOnlyGraphType"/>, under the name
/// the disclosure API gives it: <c>publishedDecisions(from: Date, to: Date)</c>). A malformed day is refused while the
/// request is validated, before any resolver runs.
/// </summary>
public sealed class IsoDateGraphType : DateOnlyGraphType
{
    public IsoDateGraphType()
    {
        Name = "Date";
        Description = "A calendar day, yyyy-MM-dd.";
    }
}
