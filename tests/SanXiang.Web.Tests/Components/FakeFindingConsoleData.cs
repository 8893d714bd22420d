using SanXiang.Domain.Errors;
using SanXiang.Domain.Supervision;
using SanXiang.Silo.Supervision;
using SanXiang.Web.Components.Data;

namespace SanXiang.Web.Tests.Components;

/// <summary>Findings held in memory; a dismissal without a reason is refused as the engine refuses it (FindingDismissalRule).</summary>
internal sealed class FakeFindingConsoleData(IReadOnlyList<Finding> findings, FindingViewer? viewer = null) : IFindingConsoleData
{
    private readonly List<Finding> items = [.. findings];

    public IReadOnlyList<Finding> Items => items;

    public Task<FindingPage> ListAsync(string tenantId, FindingStatus status, int first, string? after) =>
        Task.FromResult(new FindingPage([.. items.Where(f => status == FindingStatus.All || (f.Dismissal is null) == (status == FindingStatus.Open)).Take(first)], false));

    public Task<FindingViewer> ViewerAsync(string tenantId) => Task.FromResult(viewer ?? new FindingViewer(false, false));

    public Task<Finding> DismissAsync(string tenantId, string findingId, string? reason)
    {
        var kept = FindingDismissalRule.Check(reason);
        var index = items.FindIndex(f => f.Id == findingId);
        if (index < 0)
        {
            throw new SanXiangException(ErrorCodes.FindingNotFound, "未找到该监督线索。");
        }

        items[index] = items[index] with { Dismissal = new FindingDismissal(kept, "henan-sft.supervisor", DateTimeOffset.UnixEpoch) };
        return Task.FromResult(items[index]);
    }
}
