using GraphQL;
using SanXiang.Domain.Cases.Review;
using IdAttribute = GraphQL.IdAttribute;

namespace SanXiang.Web.GraphQL.Schema.Cases;

/// <summary>Records or changes the proposed decision (拟作出的处罚决定); amounts in yuan. A passed legal review of an earlier proposal stops counting.</summary>
[Name("ProposeDecisionInput")]
public sealed class ProposeDecisionInput
{
    [Id]
    public string TenantId { get; set; } = "";

    [Id]
    public string CaseId { get; set; } = "";

    public IReadOnlyList<PenaltyKind> Kinds { get; set; } = [];

    public decimal? Fine { get; set; }

    /// <summary>The value of the illegal gains or property to be confiscated.</summary>
    public decimal? Confiscation { get; set; }

    public string LegalBasis { get; set; } = "";

    public string FactsSummary { get; set; } = "";

    /// <summary>The handler finds the case 疑难复杂 or spanning several legal relations (行政处罚法 第五十八条第一款第三项).</summary>
    public bool? Complex { get; set; }
}
