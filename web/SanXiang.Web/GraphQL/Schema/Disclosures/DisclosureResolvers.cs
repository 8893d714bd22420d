using SanXiang.Domain.Disclosures;
using SanXiang.Plugins;
using SanXiang.Silo.Disclosures;
using SanXiang.Web.Disclosures;
using SanXiang.Web.GraphQL.Execution;
using SanXiang.Web.GraphQL.Schema.Cases;
using SanXiang.Web.GraphQL.Schema.Paging;

namespace SanXiang.Web.GraphQL.Schema.Disclosures;

public static class DisclosureResolvers
{
    public static async Task<DisclosureConnectionNode> ListAsync(string tenantId, DisclosureStatus? status, bool? overdue, int? first, string? after, GraphQLUserContext caller, DisclosureService disclosures)
    {
        ArgumentNullException.ThrowIfNull(disclosures);
        var who = CaseCallers.From(caller);
        var query = new DisclosureQuery(disclosures.Today, status, overdue);
        var size = PageSize.Resolve(first);
        var page = size == 0 ? new DisclosurePage([], after, false) : await disclosures.ListAsync(who, tenantId, query, size, after);
        return new DisclosureConnectionNode(page, query.Today, () => disclosures.CountAsync(who, tenantId, query));
    }

    public static async Task<DisclosurePreviewNode> PreviewAsync(string tenantId, string caseId, string? conclusion, string? basis, string? facts, IReadOnlyList<string>? otherNames, GraphQLUserContext caller, DisclosureService disclosures)
    {
        ArgumentNullException.ThrowIfNull(disclosures);
        return new DisclosurePreviewNode(await disclosures.PreviewAsync(CaseCallers.From(caller), tenantId, caseId, new DisclosureText(conclusion, basis, facts, otherNames ?? [])));
    }

    public static async Task<DisclosureNode> PublishAsync(PublishDisclosureInput input, GraphQLUserContext caller, DisclosureService disclosures)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(disclosures);
        var ends = input.RestrictionEnds is { Length: > 0 } text ? IsoDate.Parse(text, "限制期限届满日") : (DateOnly?)null;
        var entry = await disclosures.PublishAsync(CaseCallers.From(caller), input.TenantId, input.CaseId, new DisclosureText(input.Conclusion, input.Basis, input.Facts, input.OtherNames ?? []), input.ShownHash, ends);
        return new DisclosureNode(entry, disclosures.Today);
    }

    public static async Task<DisclosureNode> CorrectAsync(CorrectDisclosureInput input, GraphQLUserContext caller, DisclosureService disclosures)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(disclosures);
        var entry = await disclosures.CorrectAsync(CaseCallers.From(caller), input.TenantId, input.CaseId, new DisclosureText(input.Conclusion, input.Basis, input.Facts, input.OtherNames ?? []), input.ShownHash, input.Reason, IsoDate.Parse(input.FoundOn, "发现信息不准确的日期"));
        return new DisclosureNode(entry, disclosures.Today);
    }

    public static async Task<DisclosureNode> WithdrawAsync(WithdrawDisclosureInput input, GraphQLUserContext caller, DisclosureService disclosures)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(disclosures);
        var entry = await disclosures.WithdrawAsync(CaseCallers.From(caller), input.TenantId, input.CaseId, input.Reason, IsoDate.Parse(input.GroundsOn, "决定被变更、撤销或确认违法、无效的日期"));
        return new DisclosureNode(entry, disclosures.Today);
    }

    public static async Task<DisclosureNode> WithholdAsync(WithholdDisclosureInput input, GraphQLUserContext caller, DisclosureService disclosures)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(disclosures);
        var entry = await disclosures.WithholdAsync(CaseCallers.From(caller), input.TenantId, input.CaseId, input.Bar, input.Reason);
        return new DisclosureNode(entry, disclosures.Today);
    }

    /// <summary>Anyone's search of published decisions; a malformed range or cursor is answered with VALIDATION_FAILED.</summary>
    public static async Task<PublishedDecisionConnectionNode> PublishedAsync(string? tenantId, string? text, EnforcementCategory? category, DateOnly? from, DateOnly? to, int? first, string? after, DisclosureService disclosures)
    {
        ArgumentNullException.ThrowIfNull(disclosures);
        var size = PageSize.Resolve(first);
        var query = new PublishedDecisionQuery(disclosures.Today, string.IsNullOrWhiteSpace(tenantId) ? null : tenantId, text, category, from, to);
        return new PublishedDecisionConnectionNode(size == 0 ? new PublicDecisionPage([], after, false) : await disclosures.SearchPublishedAsync(query, size, after));
    }
}
