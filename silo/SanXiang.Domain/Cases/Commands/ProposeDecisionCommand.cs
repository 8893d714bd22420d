using SanXiang.Domain.Cases.Review;

namespace SanXiang.Domain.Cases;

/// <summary>Records or changes the proposed decision (拟作出的处罚决定); amounts in yuan.</summary>
/// <param name="Complex">The handler finds the case 疑难复杂 or spanning several legal relations (行政处罚法 第五十八条第一款第三项).</param>
public sealed record ProposeDecisionCommand(
    IReadOnlyList<PenaltyKind> Kinds,
    decimal Fine,
    decimal Confiscation,
    string LegalBasis,
    string FactsSummary,
    bool Complex,
    string Actor,
    DateTimeOffset At);
