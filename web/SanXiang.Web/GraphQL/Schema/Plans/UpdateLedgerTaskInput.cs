using GraphQL;
using IdAttribute = GraphQL.IdAttribute;

namespace SanXiang.Web.GraphQL.Schema.Plans;

/// <summary>报送进展 of a ledger task (by its 序号): what was done, the evidence, and whether it is now done (dated tasks only).</summary>
[Name("UpdateLedgerTaskInput")]
public sealed class UpdateLedgerTaskInput
{
    [Id]
    public string TenantId { get; set; } = "";

    public int TaskId { get; set; }

    public string? Note { get; set; }

    public IReadOnlyList<PlanEvidenceInput> Evidence { get; set; } = [];

    public bool Completes { get; set; }
}
