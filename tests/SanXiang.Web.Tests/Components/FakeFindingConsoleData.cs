using SanXiang.Domain.Calendar;
using SanXiang.Domain.Errors;
using SanXiang.Domain.Supervision;
using SanXiang.Silo.Supervision;
using SanXiang.Web.Components.Data;
using SanXiang.Web.Supervision;

namespace SanXiang.Web.Tests.Components;

/// <summary>
/// Findings held in memory; a dismissal without a reason, a second conversion and a bad deadline are refused as the engine
/// refuses them (FindingDismissalRule, FindingConversionRule, and the Domain's Inspection on the official calendar of <see cref="Today"/>).
/// </summary>
internal sealed class FakeFindingConsoleData(IReadOnlyList<Finding> findings, FindingViewer? viewer = null) : IFindingConsoleData
{
    private readonly List<Finding> items = [.. findings];

    public IReadOnlyList<Finding> Items => items;

    public Task<FindingPage> ListAsync(string tenantId, FindingStatus status, int first, string? after) =>
        Task.FromResult(new FindingPage([.. items.Where(f => status == FindingStatus.All || f.State.ToString() == status.ToString()).Take(first)], false));

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

    /// <summary>Another supervisor turns the finding into a task while a form is open.</summary>
    public void ConvertElsewhere(string findingId)
    {
        var index = items.FindIndex(f => f.Id == findingId);
        items[index] = items[index] with { Conversion = new FindingConversion("henan-sft", "20260601-other1", "R1", "henan-sft.head", DateTimeOffset.UnixEpoch) };
    }

    public static DateOnly Today => new(2026, 6, 15);

    public static IReadOnlyDictionary<string, string> AgencyNames { get; } =
        new Dictionary<string, string> { ["henan-sft"] = "河南省司法厅", ["xuchang"] = "许昌市司法局", ["xuchang-weidu"] = "许昌市魏都区司法局" };

    public Task<FindingConversionChoices> ConversionChoicesAsync(string tenantId, string agencyId) =>
        Task.FromResult(new FindingConversionChoices(Today, [.. AgencyNames.Where(a => a.Key != tenantId).Select(a => (a.Key, a.Value))], []));

    public Task<ConvertedFinding> ConvertAsync(string tenantId, string findingId, string? inspectionId, string responsibleAgencyId, DateOnly deadline, string? problem)
    {
        var index = items.FindIndex(f => f.Id == findingId);
        if (index < 0)
        {
            throw new SanXiangException(ErrorCodes.FindingNotFound, "未找到该监督线索。");
        }

        var finding = items[index];
        FindingConversionRule.RequireOpen(finding.State);
        var at = new DateTimeOffset(Today, new TimeOnly(10, 0), TimeSpan.FromHours(8));
        var inspection = Inspection.Open("20260615-abc123", tenantId, finding.TenantId, FindingConversionRule.InspectionTitle(finding.ModelName), Inspection.DefaultPassingMark, at, "henan-sft.supervisor")
            .AssignRectification(at, Today, WorkingDayCalendar.Official, "henan-sft.supervisor", findingId, FindingConversionRule.Problem(finding.ModelName, finding.Evidence, problem), responsibleAgencyId, deadline);
        items[index] = finding with { Conversion = new FindingConversion(tenantId, inspection.Id, "R1", "henan-sft.supervisor", at) };
        var standing = new InspectionStanding(inspection, Today, new Dictionary<string, string>(), AgencyNames);
        return Task.FromResult(new ConvertedFinding(items[index], standing, inspection.Rectification("R1")));
    }
}
