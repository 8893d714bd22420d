using SanXiang.Silo.Plans;

namespace SanXiang.Silo.Host.Catalog;

/// <summary>A plan as read from <c>plan.json</c>, before its ledger (if it declares one) is read.</summary>
internal sealed record PlanDraft(string Source, ImplementationPlan Plan, LedgerDeclaration? Ledger, JsonCursor Json);
