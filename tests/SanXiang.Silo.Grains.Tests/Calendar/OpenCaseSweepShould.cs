using System.Collections.Concurrent;
using SanXiang.Domain.Errors;
using SanXiang.Silo.Grains.Calendar;

namespace SanXiang.Silo.Grains.Tests.Calendar;

public class OpenCaseSweepShould
{
    private static readonly Dictionary<string, string[]> OpenCases = new(StringComparer.Ordinal)
    {
        ["xintian-scjg"] = ["2026-0001", "2026-0002", "2026-0003"],
        ["lanping-sfj"] = [],
        ["xuchang"] = [.. Enumerable.Range(1, 20).Select(n => $"2026-{n:0000}")],
    };

    private static OpenCaseSweep Sweep(Func<string, string, Task> recomputeAsync, Func<string, Task<IReadOnlyList<string>>>? listOpenAsync = null) =>
        new(
            () => Task.FromResult<IReadOnlyList<string>>([.. OpenCases.Keys]),
            listOpenAsync ?? (tenant => Task.FromResult<IReadOnlyList<string>>(OpenCases[tenant])),
            recomputeAsync);

    [Fact]
    public async Task RecomputeEveryOpenCaseOfEveryTenantOnce()
    {
        var recomputed = new ConcurrentBag<string>();

        var result = await Sweep((tenant, id) =>
        {
            recomputed.Add(GrainKeys.For(tenant, id));
            return Task.CompletedTask;
        }).RunAsync();

        Assert.Equal(OpenCases.SelectMany(pair => pair.Value.Select(id => GrainKeys.For(pair.Key, id))).Order(), recomputed.Order());
        Assert.Equal(new OpenCaseSweepResult(3, 23, 0, null), result);
    }

    [Fact]
    public async Task CallEachCaseOnBehalfOfItsOwnTenant()
    {
        var callers = new ConcurrentBag<(string Tenant, string? Context)>();
        TenantCallContext.Set("someone-else");

        await Sweep((tenant, _) =>
        {
            callers.Add((tenant, TenantCallContext.Current));
            return Task.CompletedTask;
        }).RunAsync();

        Assert.Equal(23, callers.Count);
        Assert.All(callers, caller => Assert.Equal(caller.Tenant, caller.Context));
    }

    [Fact]
    public async Task GoOnPastACaseThatFailsAndNameIt()
    {
        var result = await Sweep((tenant, id) => id == "2026-0002" && tenant == "xintian-scjg"
            ? throw new SanXiangException(ErrorCodes.CalendarYearMissing, "缺少2027年的国务院办公厅节假日安排")
            : Task.CompletedTask).RunAsync();

        Assert.Equal(22, result.Cases);
        Assert.Equal(1, result.Failed);
        Assert.Equal("xintian-scjg/2026-0002：缺少2027年的国务院办公厅节假日安排", result.Problem);
    }

    [Fact]
    public async Task GoOnPastATenantWhoseCasesCannotBeListed()
    {
        var result = await Sweep(
            (_, _) => Task.CompletedTask,
            tenant => tenant == "lanping-sfj" ? throw new InvalidOperationException("索引不可用") : Task.FromResult<IReadOnlyList<string>>(OpenCases[tenant])).RunAsync();

        Assert.Equal(new OpenCaseSweepResult(3, 23, 1, "lanping-sfj：索引不可用"), result);
    }
}
