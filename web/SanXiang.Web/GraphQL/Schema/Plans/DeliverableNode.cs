using GraphQL;
using SanXiang.Domain.Plans;
using SanXiang.Silo.Plans;
using SanXiang.Web.Plans;

namespace SanXiang.Web.GraphQL.Schema.Plans;

[Name("Deliverable")]
public sealed class DeliverableNode(Deliverable deliverable, PlanStanding standing)
{
    private DeliverableProgress Progress => standing.Record.ProgressOf(deliverable, standing.Today);

    public string Name => deliverable.Name;

    /// <summary>yyyy-MM-dd.</summary>
    public string Due => IsoDate.Format(deliverable.Due);

    public string? SubmitTo => deliverable.SubmitTo;

    public DeliverableState State => Progress.State;

    /// <summary>Not filed (or sent back and not filed again) after its due date.</summary>
    public bool Overdue => Progress.Overdue;

    /// <summary>The Beijing date of the last filing (yyyy-MM-dd).</summary>
    public string? FiledOn => IsoDate.Format(Progress.FiledOn);

    public bool FiledLate => Progress.FiledLate;

    /// <summary>The superior's last remark.</summary>
    public string? Remark => Progress.Remark;

    public IEnumerable<DeliverableActionNode> History =>
        standing.Record.HistoryOf(deliverable).Actions.Select(a => new DeliverableActionNode(a, standing));
}
