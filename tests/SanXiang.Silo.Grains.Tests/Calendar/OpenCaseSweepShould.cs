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
            async (tenant, after) => Page(await (listOpenAsync ?? (t => Task.FromResult<IReadOnlyList<string>>(OpenCases[t])))(tenant), after),
            recomputeAsync);

    // Pages of eight, as the read model hands them out: the cursor is the position of the page's end.
    private static (IReadOnlyList<string> CaseIds, string? Next) Page(IReadOnlyList<string> all, string? after)
    {
        var start = after is null ? 0 : int.Parse(after, System.Globalization.CultureInfo.InvariantCulture);
        var page = all.Skip(start).Take(8).ToList();
        return (page, start + page.Count < all.Count ? (start + page.Count).ToString(System.Globalization.CultureInfo.InvariantCulture) : null);
    }

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

    [Fact]
    public async Task SaveItsProgressAfterEveryPageAndResumeFromIt()
    {
        var saved = new List<SweepProgress>();
        await Sweep((_, _) => Task.CompletedTask).RunAsync(null, progress =>
        {
            saved.Add(progress);
            return Task.CompletedTask;
        });
        var cutShort = saved.First(p => p.After is not null && OpenCases.Keys.Order(StringComparer.Ordinal).ElementAt(p.TenantIndex) == "xuchang");
        var recomputed = new ConcurrentBag<string>();

        var resumed = await Sweep((tenant, id) =>
        {
            recomputed.Add(GrainKeys.For(tenant, id));
            return Task.CompletedTask;
        }).RunAsync(cutShort);

        Assert.Equal(23, resumed.Cases);
        Assert.Equal(20 - 8, recomputed.Count);
        Assert.All(recomputed, key => Assert.StartsWith("xuchang/", key, StringComparison.Ordinal));
    }
}
