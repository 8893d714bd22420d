using SanXiang.Domain.Errors;
using SanXiang.Plugins;
using SanXiang.Domain.Cases;
using SanXiang.Silo.Cases;
using SanXiang.Web.Cases;
using SanXiang.Web.GraphQL.Execution;
using SanXiang.Web.GraphQL.Schema.Calendar;
using SanXiang.Web.GraphQL.Schema.Paging;

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
    public static Task<CaseConnectionNode> CasesAsync(
        string tenantId,
        CaseStatus? status,
        EnforcementCategory? category,
        string? officerId,
        bool? overdue,
        string? text,
        string? openedFrom,
        string? openedTo,
        bool includeSubordinates,
        int? first,
        string? after,
        GraphQLUserContext caller,
        CaseService cases)
    {
        var from = OpenedDate(openedFrom, "立案日期起（openedFrom）");
        var to = OpenedDate(openedTo, "立案日期止（openedTo）");
        return ConnectionAsync(tenantId, today => new CaseQuery(today, status, category, officerId, overdue, null, text, includeSubordinates, from, to), first, after, caller, cases);
    }

    public static Task<CaseConnectionNode> DueCasesAsync(string tenantId, int? withinDays, int? first, string? after, GraphQLUserContext caller, CaseService cases) =>
        ConnectionAsync(tenantId, today => new CaseQuery(today, DueWithinDays: withinDays ?? DefaultWithinDays), first, after, caller, cases);

    public static Task<CaseConnectionNode> OverdueCasesAsync(string tenantId, int? first, string? after, GraphQLUserContext caller, CaseService cases) =>
        ConnectionAsync(tenantId, today => new CaseQuery(today, Overdue: true), first, after, caller, cases);

    /// <summary><paramref name="mine"/>: only the reviews the caller took (asked supplements for, returned); <paramref name="overdue"/> as for cases.</summary>
    public static async Task<ReviewQueueConnectionNode> ReviewQueueAsync(string tenantId, bool? mine, bool? overdue, int? first, string? after, GraphQLUserContext caller, CaseService cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var who = CaseCallers.From(caller);
        var asked = new ReviewQueueQuery(cases.Today, mine == true ? who.UserName : null, overdue);
        var size = PageSize.Resolve(first);
        var page = size == 0 ? new ReviewQueuePage([], after, false) : await cases.ReviewQueueAsync(who, tenantId, asked, size, after);
        return new ReviewQueueConnectionNode(page, asked.Today, () => cases.ReviewQueueCountAsync(who, tenantId, asked));
    }

    public static async Task<MajorDecisionNode> EvaluateMajorDecisionAsync(string tenantId, string caseId, GraphQLUserContext caller, CaseService cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        return new MajorDecisionNode(await cases.EvaluateMajorDecisionAsync(CaseCallers.From(caller), tenantId, caseId));
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

    // Cases were first filed on this platform in this century; a date far outside it is a typing slip (and 9999-12-31
    // would overflow the next day's midnight the filter compares with).
    private static DateOnly? OpenedDate(string? text, string label)
    {
        if (text is null)
        {
            return null;
        }

        var date = IsoDate.Parse(text, label);
        return date.Year is >= 1990 and <= 2100
            ? date
            : throw new SanXiangException(ErrorCodes.ValidationFailed, $"{label}“{text}”不在 1990 至 2100 年之间。");
    }

    private static async Task<CaseConnectionNode> ConnectionAsync(string tenantId, Func<DateOnly, CaseQuery> query, int? first, string? after, GraphQLUserContext caller, CaseService cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var who = CaseCallers.From(caller);
        var asked = query(cases.Today);
        var size = PageSize.Resolve(first);

        // first: 0 asks for totalCount only.
        var page = size == 0 ? new CaseListPage([], after, false) : await cases.ListAsync(who, tenantId, asked, size, after);
        return new CaseConnectionNode(page, asked.Today, () => cases.CountAsync(who, tenantId, asked));
    }
}
