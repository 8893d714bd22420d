using GraphQL;
using SanXiang.Silo.Plans;

namespace SanXiang.Web.GraphQL.Schema.Plans;

[Name("Deliverable")]
public sealed class DeliverableNode(Deliverable deliverable)
{
    public string Name => deliverable.Name;

    /// <summary>yyyy-MM-dd.</summary>
    public string Due => IsoDate.Format(deliverable.Due);

    public string? SubmitTo => deliverable.SubmitTo;
}
