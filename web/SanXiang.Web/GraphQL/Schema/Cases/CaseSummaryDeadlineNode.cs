using GraphQL;
using SanXiang.Domain.Cases;
using SanXiang.Silo.Cases;

namespace SanXiang.Web.GraphQL.Schema.Cases;

[Name("CaseSummaryDeadline")]
public sealed class CaseSummaryDeadlineNode(CaseSummaryDeadline deadline)
{
    /// <summary>yyyy-MM-dd.</summary>
    public string Due => IsoDate.Format(deadline.Due);

    public string Text => deadline.Text;
}
