using System.Data.Common;
using SanXiang.Domain.Errors;
using SanXiang.Silo.Agencies;
using SanXiang.Silo.Documents;
using SanXiang.Silo.Grains.EventLog;

namespace SanXiang.Silo.Grains.Tests.Agencies;

/// <summary>
/// The directory's read model on one database: visibility by the ancestor closure, paging, filters,
/// the change feed tenant caches read, and a rebuild that gives the rows the live writes gave; and
/// the sequence grain's numbers, which live in the same schema. Each database's class states the
/// tests, so the PostgreSQL ones can say when they cannot run.
/// </summary>
public abstract class AgencyDirectoryContract
{
    private protected abstract IGrainFactory Grains { get; }

    private protected abstract EventLogDatabase Database { get; }

    private IAgencyQueryGrain Queries => Grains.GetGrain<IAgencyQueryGrain>(GrainKeys.Platform);

    private IAgencyDirectoryGrain Directory => Grains.GetGrain<IAgencyDirectoryGrain>(GrainKeys.Platform);

    private protected async Task ShowASupervisorItsSubtreeOnlyAtAnyDepthAsync()
    {
        var tree = await AgencyTree.SeedAsync(Grains);

        Assert.Equal([tree.City, tree.County, tree.Township], await VisibleToAsync(tree.City));
        Assert.Equal(tree.All.Order(StringComparer.Ordinal), (await VisibleToAsync(tree.Province)).Order(StringComparer.Ordinal));
        Assert.True(await Queries.IsWithinAsync([tree.Province], tree.Township));
        Assert.False(await Queries.IsWithinAsync([tree.OtherCity], tree.Township));
        Assert.False(await Queries.IsWithinAsync([tree.Township], tree.County));
    }

    private protected async Task FollowAnAgencyMovedUnderAnotherParentAsync()
    {
        var tree = await AgencyTree.SeedAsync(Grains);
        var county = Grains.GetGrain<IAgencyGrain>(tree.County);

        await county.UpdateProfileAsync((await county.GetAsync())!.Profile with { ParentId = tree.OtherCity });

        Assert.Equal([tree.City], await VisibleToAsync(tree.City));
        Assert.Equal([tree.County, tree.Township, tree.OtherCity], await VisibleToAsync(tree.OtherCity));
        Assert.True(await Queries.IsWithinAsync([tree.OtherCity], tree.Township));
        Assert.False(await Queries.IsWithinAsync([tree.City], tree.Township));
        var counts = await Queries.ListAsync(new AgencyQuery([tree.Province], 50, ParentId: tree.Province));
        Assert.Equal([(tree.City, 0), (tree.OtherCity, 1)], counts.Items.Select(i => (i.Profile.Id, i.ChildCount)));
        Assert.Equal(
            [(tree.County, 0), (tree.OtherCity, 1), (tree.Province, 2)],
            (await ClosureAsync()).Where(r => r.Descendant == tree.County).Select(r => (r.Ancestor, r.Depth)).OrderBy(r => r.Depth));
    }

    private protected async Task RefuseAMoveUnderAnAgencyBelowItAsync()
    {
        var tree = await AgencyTree.SeedAsync(Grains);
        var city = Grains.GetGrain<IAgencyGrain>(tree.City);

        var refused = await Assert.ThrowsAsync<SanXiangException>(async () =>
            await city.UpdateProfileAsync((await city.GetAsync())!.Profile with { ParentId = tree.Township }));

        Assert.Contains("循环", refused.Message, StringComparison.Ordinal);
        Assert.True(await Queries.IsWithinAsync([tree.City], tree.Township));
    }

    private protected async Task ReturnEachAgencyOnceInOrderAcrossPagesAsync()
    {
        var root = Samples.NewTenantId();
        await AgencyTree.SeedAsync(Grains, root, "测试省政府", AgencyLevel.Province, "410000", null);
        // Several agencies share a region code, so the order falls back to the id within it.
        var below = Enumerable.Range(0, 23).Select(i => $"{root}-{i:D2}").ToList();
        await Directory.RecordAllAsync([.. below.Select((id, i) => new AgencyProfile(id, $"县级机关{i}", AgencyLevel.County, "judicial", $"41{i % 5:D2}02", root, null, true, "test"))]);

        var seen = new List<AgencyListing>();
        AgencyCursor? after = null;
        var pages = 0;
        do
        {
            var page = await Queries.ListAsync(new AgencyQuery([root], 5, after));
            Assert.Equal(24, page.TotalCount);
            seen.AddRange(page.Items);
            after = page.HasNextPage ? page.EndCursor : null;
            pages++;
        }
        while (after is not null);

        Assert.Equal(5, pages);
        Assert.Equal(24, seen.Select(s => s.Profile.Id).Distinct().Count());

        // A page walks the list's index when most of the directory is in scope and starts from the
        // scope otherwise: the whole list always starts from the scope, pages of 5 walk while the directory
        // holds at most 96 agencies (a fresh database), so both plans must give the same rows.
        Assert.Equal((await Queries.ListAsync(new AgencyQuery([root], AgencyQuery.MaxFirst))).Items, seen);
        Assert.Equal(
            seen.Select(s => (s.Profile.RegionCode, s.Profile.Id)).OrderBy(k => k.RegionCode, StringComparer.Ordinal).ThenBy(k => k.Id, StringComparer.Ordinal),
            seen.Select(s => (s.Profile.RegionCode, s.Profile.Id)));
        Assert.All(seen.Where(s => s.Profile.Id != root), s => Assert.Equal("测试省政府", s.ParentName));
        Assert.Equal(23, seen.Single(s => s.Profile.Id == root).ChildCount);
    }

    private protected async Task FilterByLevelSectorRegionAndNameAsync()
    {
        var tree = await AgencyTree.SeedAsync(Grains);
        IReadOnlyList<string> scope = [tree.Province];

        Assert.Equal([tree.County], await IdsAsync(new AgencyQuery(scope, 50, Level: AgencyLevel.County)));
        Assert.Equal([tree.City, tree.County, tree.Township], await IdsAsync(new AgencyQuery(scope, 50, Region: "411000")));
        Assert.Equal([tree.County, tree.Township], await IdsAsync(new AgencyQuery(scope, 50, Region: "411002")));
        Assert.Equal([tree.Township], await IdsAsync(new AgencyQuery(scope, 50, Name: "镇司法")));
        Assert.Empty(await IdsAsync(new AgencyQuery(scope, 50, Name: "%")));
        Assert.Empty(await IdsAsync(new AgencyQuery(scope, 50, Sector: "market-regulation")));
        Assert.Equal([tree.City, tree.OtherCity], await IdsAsync(new AgencyQuery(scope, 50, ParentId: tree.Province)));
    }

    private protected async Task ListTheRootsOfWhatEachCallerSeesAsync()
    {
        var tree = await AgencyTree.SeedAsync(Grains);

        Assert.Equal([tree.City], await IdsAsync(new AgencyQuery([tree.City, tree.Township], 50, TopOnly: true)));
        Assert.Equal([tree.County], await IdsAsync(new AgencyQuery([tree.County], 50, TopOnly: true)));
        Assert.Contains(tree.Province, await IdsAsync(new AgencyQuery(null, AgencyQuery.MaxFirst, TopOnly: true)));
        Assert.DoesNotContain(tree.City, await IdsAsync(new AgencyQuery(null, AgencyQuery.MaxFirst, TopOnly: true)));
    }

    private protected async Task ReportTheAgenciesChangedSinceAVersionAsync()
    {
        var tree = await AgencyTree.SeedAsync(Grains);
        var before = await Queries.ChangesSinceAsync(long.MaxValue);
        Assert.Null(before.ChangedIds);

        var city = Grains.GetGrain<IAgencyGrain>(tree.City);
        await city.UpdateProfileAsync((await city.GetAsync())!.Profile with { Name = "改名后的市司法局" });
        var after = await Queries.ChangesSinceAsync(before.Version);

        Assert.Equal([tree.City], after.ChangedIds);
        Assert.True(after.Version > before.Version);
        Assert.Empty((await Queries.ChangesSinceAsync(after.Version)).ChangedIds!);
    }

    private protected async Task RebuildRowsEqualToTheLiveOnesAsync()
    {
        var tree = await AgencyTree.SeedAsync(Grains);
        var county = Grains.GetGrain<IAgencyGrain>(tree.County);
        await county.UpdateProfileAsync((await county.GetAsync())!.Profile with { ParentId = tree.OtherCity, Name = "搬迁后的县司法局" });
        var liveAgencies = await AgenciesAsync();
        var liveClosure = await ClosureAsync();
        var version = (await Queries.ChangesSinceAsync(long.MaxValue)).Version;

        var rebuilt = await Directory.RebuildReadModelAsync();

        Assert.Equal(liveAgencies.Count, rebuilt);
        Assert.Equal(liveAgencies, await AgenciesAsync());
        Assert.Equal(liveClosure, await ClosureAsync());
        var changes = await Queries.ChangesSinceAsync(version);
        Assert.True(changes.Version > version);
        Assert.True(changes.ChangedIds is null || changes.ChangedIds.Count == rebuilt);
    }

    private protected async Task GiveConcurrentIssuersEachNumberOnceAsync()
    {
        var sequence = Grains.GetGrain<ISequenceGrain>(SequenceKeys.For(Samples.NewTenantId(), "penalty-decision", 2026));

        var taken = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() => sequence.TakeAsync($"case-{i}", $"doc-{i}"))));
        var again = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => sequence.TakeAsync($"case-{i}", $"doc-{i}")));

        Assert.Equal(Enumerable.Range(1, 40), taken.Order());
        Assert.Equal(taken, again);
        Assert.Equal(Enumerable.Range(1, 40), (await sequence.ListAsync()).Select(e => e.Number));
    }

    private async Task<List<string>> VisibleToAsync(string supervisor) =>
        [.. (await Queries.ListAsync(new AgencyQuery([supervisor], 50))).Items.Select(i => i.Profile.Id)];

    private async Task<List<string>> IdsAsync(AgencyQuery query) =>
        [.. (await Queries.ListAsync(query)).Items.Select(i => i.Profile.Id)];

    private Task<List<string>> AgenciesAsync() =>
        ReadAsync(
            "SELECT id, name, level, sector, region_code, parent_id, credit_code, onboarded, source, document_code, child_count FROM agency_directory ORDER BY id",
            r => string.Join("|", Enumerable.Range(0, r.FieldCount).Select(i => r.IsDBNull(i) ? "∅" : Convert.ToString(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));

    private Task<List<(string Ancestor, string Descendant, int Depth)>> ClosureAsync() =>
        ReadAsync("SELECT ancestor, descendant, depth FROM agency_closure ORDER BY descendant, ancestor", r => (r.GetString(0), r.GetString(1), r.GetInt32(2)));

    private async Task<List<T>> ReadAsync<T>(string sql, Func<DbDataReader, T> read)
    {
        await using var connection = await Database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
