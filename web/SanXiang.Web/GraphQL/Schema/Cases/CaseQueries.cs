using SanXiang.Plugins;
using SanXiang.Domain.Cases;
using SanXiang.Silo.Cases;
using SanXiang.Web.Cases;
using SanXiang.Web.GraphQL.Execution;

namespace SanXiang.Web.GraphQL.Schema.Cases;

public static class CaseQueries
{
    private const int DefaultWithinDays = 7;

    public static async Task<CaseNode?> CaseAsync(string tenantId, string id, GraphQLUserContext caller, CaseService cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        return new CaseNode(await cases.GetAsync(CaseCallers.From(caller), tenantId, id));
    }

    /// <summary><paramref name="overdue"/>: true keeps the cases with a deadline overdue today, false the others, null both.</summary>
    public static async Task<IEnumerable<CaseSummaryNode>> CasesAsync(
        string tenantId, CaseStatus? status, EnforcementCategory? category, string? officerId, bool? overdue, GraphQLUserContext caller, CaseService cases, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var who = CaseCallers.From(caller);
        var filter = new CaseFilter(status, category, officerId);
        IEnumerable<CaseSummary> list = overdue switch
        {
            true => await cases.ListAsync(who, tenantId, filter with { OverdueOn = CaseClock.Today(clock) }),
            false => await ExceptOverdueAsync(who, tenantId, filter, cases, clock),
            null => await cases.ListAsync(who, tenantId, filter),
        };
        return list.Select(s => new CaseSummaryNode(s));
    }

    public static async Task<IEnumerable<CaseSummaryNode>> DueCasesAsync(string tenantId, int? withinDays, GraphQLUserContext caller, CaseService cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        return (await cases.DueAsync(CaseCallers.From(caller), tenantId, withinDays ?? DefaultWithinDays)).Select(s => new CaseSummaryNode(s));
    }

    public static async Task<IEnumerable<CaseSummaryNode>> OverdueCasesAsync(string tenantId, GraphQLUserContext caller, CaseService cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        return (await cases.OverdueAsync(CaseCallers.From(caller), tenantId)).Select(s => new CaseSummaryNode(s));
    }

    public static async Task<CaseVerificationNode> VerifyCaseAsync(string tenantId, string id, GraphQLUserContext caller, CaseService cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        return new CaseVerificationNode(await cases.VerifyAsync(CaseCallers.From(caller), tenantId, id));
    }

    public static async Task<IEnumerable<AvItemNode>> AvItemsAsync(string tenantId, GraphQLUserContext caller, CaseService cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        return (await cases.AvItemsAsync(CaseCallers.From(caller), tenantId)).Select(i => new AvItemNode(i));
    }

    private static async Task<IEnumerable<CaseSummary>> ExceptOverdueAsync(CaseCaller who, string tenantId, CaseFilter filter, CaseService cases, TimeProvider clock)
    {
        var overdue = (await cases.ListAsync(who, tenantId, filter with { OverdueOn = CaseClock.Today(clock) })).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        return (await cases.ListAsync(who, tenantId, filter)).Where(s => !overdue.Contains(s.Id));
    }
}
