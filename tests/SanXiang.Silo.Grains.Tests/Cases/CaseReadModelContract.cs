using System.Data.Common;
using System.Text;
using SanXiang.Domain.Cases;
using SanXiang.Domain.Cases.Review;
using SanXiang.Domain.Errors;
using SanXiang.Plugins;
using SanXiang.Silo.Cases;
using SanXiang.Silo.Grains.EventLog;
using SanXiang.Silo.Grains.ReadModel;
using SanXiang.Silo.Officers;
using SanXiang.Silo.Sectors;

namespace SanXiang.Silo.Grains.Tests.Cases;

/// <summary>The case lists as the read model answers them, on each database: numbering, filters, search, paging, rebuild.</summary>
public abstract class CaseReadModelContract
{
    private protected abstract IGrainFactory Grains { get; }

    private protected abstract T Service<T>()
        where T : notnull;

    private EventLogDatabase Database => Service<EventLogDatabase>();

    private protected async Task NumberCasesPerYearLeavingNoGapForARefusedOpeningAsync()
    {
        var tenant = await CaseSamples.NewAgencyAsync(Grains);
        var filing = Grains.GetGrain<ICaseFilingGrain>(tenant);

        var first = await filing.OpenAsync(CaseSamples.Open(CaseSamples.At(2026, 3, 2)));
        await Assert.ThrowsAsync<SanXiangException>(() => filing.OpenAsync(CaseSamples.Open(CaseSamples.At(2026, 3, 3), simplified: true, fine: 5000m)));
        var second = await filing.OpenAsync(CaseSamples.Open(CaseSamples.At(2026, 3, 4)));
        var nextYear = await filing.OpenAsync(CaseSamples.Open(CaseSamples.At(2027, 1, 4)));

        Assert.Equal("2026-0001", first.Id);
        Assert.Equal("2026-0002", second.Id);
        Assert.Equal("2027-0001", nextYear.Id);
        Assert.Equal(["2027-0001", "2026-0002", "2026-0001"], (await ListAsync(tenant, new CaseQuery(Today, CaseStatus.Open))).Select(c => c.Id));
    }

    private protected async Task ListCasesByOfficerCategoryAndStatusWithTheirCurrentStepAsync()
    {
        var tenant = await CaseSamples.NewAgencyAsync(Grains);
        await Grains.GetGrain<ICaseFilingGrain>(tenant).OpenAsync(CaseSamples.Open(CaseSamples.At(2026, 3, 2)));

        var byOfficer = await ListAsync(tenant, new CaseQuery(Today, OfficerId: OfficerId.FromCertificate(CaseSamples.Li)));
        var byOther = await ListAsync(tenant, new CaseQuery(Today, OfficerId: OfficerId.FromCertificate(CaseSamples.Wang)));
        var licensing = await ListAsync(tenant, new CaseQuery(Today, Category: EnforcementCategory.Licensing));
        var closed = await ListAsync(tenant, new CaseQuery(Today, CaseStatus.Closed));

        var summary = Assert.Single(byOfficer);
        Assert.Equal("新田县某超市", summary.Party.Name);
        Assert.Equal("filing", summary.CurrentStepId);
        Assert.Equal("立案", summary.CurrentStepName);
        Assert.Equal(new DateOnly(2026, 5, 31), summary.NextDeadline!.Due);
        Assert.Empty(byOther);
        Assert.Empty(licensing);
        Assert.Empty(closed);
    }

    private protected async Task AnswerWhichCasesFallDueAndWhichAreOverdueAsync()
    {
        var tenant = await CaseSamples.NewAgencyAsync(Grains);
        await Grains.GetGrain<ICaseFilingGrain>(tenant).OpenAsync(CaseSamples.Open(CaseSamples.At(2026, 3, 2)));

        Assert.Empty(await ListAsync(tenant, new CaseQuery(new DateOnly(2026, 5, 20), DueWithinDays: 7)));
        Assert.Single(await ListAsync(tenant, new CaseQuery(new DateOnly(2026, 5, 25), DueWithinDays: 7)));
        Assert.Empty(await ListAsync(tenant, new CaseQuery(new DateOnly(2026, 5, 31), Overdue: true)));
        Assert.Single(await ListAsync(tenant, new CaseQuery(new DateOnly(2026, 6, 1), Overdue: true)));
        Assert.Empty(await ListAsync(tenant, new CaseQuery(new DateOnly(2026, 6, 1), Overdue: false)));
        Assert.Equal(1, await Grains.GetGrain<ICaseListGrain>(tenant).CountAsync(new CaseQuery(new DateOnly(2026, 6, 1), Overdue: true)));
    }

    private protected async Task FindChineseSubstringsOfTitlesAndPartiesAsync()
    {
        var tenant = await CaseSamples.NewAgencyAsync(Grains);
        await Grains.GetGrain<ICaseFilingGrain>(tenant).OpenAsync(CaseSamples.Open(CaseSamples.At(2026, 3, 2)) with { Title = "销售超过保质期的食品案" });
        await Grains.GetGrain<ICaseFilingGrain>(tenant).OpenAsync(CaseSamples.Open(CaseSamples.At(2026, 3, 3)) with { Title = "未按规定公示食品经营许可证案", Party = new CaseParty("新田县某某电器商行", PartyKind.Organisation, "91431128MA4L0000X1") });

        async Task<IEnumerable<string>> FindAsync(string text) => (await ListAsync(tenant, new CaseQuery(Today, Text: text))).Select(c => c.Id);

        Assert.Equal(["2026-0002", "2026-0001"], await FindAsync("食品"));
        Assert.Equal(["2026-0001"], await FindAsync("保质期"));
        Assert.Equal(["2026-0001"], await FindAsync("超过 保质"));
        Assert.Equal(["2026-0002"], await FindAsync("电器"));
        Assert.Equal(["2026-0001"], await FindAsync("超市"));
        Assert.Equal(["2026-0002", "2026-0001"], await FindAsync("食"));
        Assert.Empty(await FindAsync("食品经营超市"));
        Assert.Empty(await FindAsync("保期"));
        Assert.Equal(2, (await ListAsync(tenant, new CaseQuery(Today, Text: "「」!!"))).Count);
    }

    private protected async Task RebuildTheRowsTheAppendsWroteAsync()
    {
        var tenant = await CaseSamples.NewAgencyAsync(Grains);
        var driver = new PenaltyCaseDriver(Grains.GetGrain<ICaseGrain>(GrainKeys.For(tenant, (await Grains.GetGrain<ICaseFilingGrain>(tenant).OpenAsync(CaseSamples.Open(CaseSamples.At(2026, 3, 2)))).Id)));
        await driver.ThroughExaminationAsync(CaseSamples.At(2026, 3, 3));
        await Grains.GetGrain<ICaseFilingGrain>(tenant).OpenAsync(CaseSamples.Open(CaseSamples.At(2026, 3, 5)) with { Title = "未按规定公示食品经营许可证案" });
        await ReviewSamples.AddReviewerAsync(Grains, tenant);
        var (reviewed, _) = await SubmittedAsync(tenant, CaseSamples.At(2026, 4, 28));
        await reviewed.RequestSupplementAsync(ReviewSamples.Supplement(tenant, CaseSamples.At(2026, 4, 29), new DateOnly(2026, 5, 8)));
        await SubmittedAsync(tenant, CaseSamples.At(2026, 4, 30));
        var live = await RowsAsync();

        var result = await new CaseReadModelRebuild(Service<CaseEventStore>(), Service<CaseProcedures>(), Service<ISectorRegistry>()).RunAsync();

        Assert.Equal(live, await RowsAsync());
        Assert.True(result.Cases >= 2);
        Assert.Contains(live, row => row.Contains($"{tenant}|2026-0001|", StringComparison.Ordinal) && row.Contains("notification", StringComparison.Ordinal));
        Assert.Equal(2, live.Count(row => row.StartsWith($"queue|{tenant}|", StringComparison.Ordinal)));
    }

    private protected async Task ListTheReviewQueueOldestFirstWithDueDatesSuspensionsAndTheirReviewerAsync()
    {
        var tenant = await CaseSamples.NewAgencyAsync(Grains);
        await ReviewSamples.AddReviewerAsync(Grains, tenant);
        var (suspended, _) = await SubmittedAsync(tenant, CaseSamples.At(2026, 4, 28));
        await suspended.RequestSupplementAsync(ReviewSamples.Supplement(tenant, CaseSamples.At(2026, 4, 29), new DateOnly(2026, 5, 8)));
        var (pending, pendingId) = await SubmittedAsync(tenant, CaseSamples.At(2026, 4, 28, 11));
        var (agreed, _) = await SubmittedAsync(tenant, CaseSamples.At(2026, 4, 28, 12));
        var unsubmitted = Grains.GetGrain<ICaseGrain>(GrainKeys.For(tenant, (await Grains.GetGrain<ICaseFilingGrain>(tenant).OpenAsync(CaseSamples.Open(CaseSamples.At(2026, 4, 1)))).Id));
        await unsubmitted.ProposeDecisionAsync(ReviewSamples.Proposal(200_000m, CaseSamples.At(2026, 4, 28)));
        var agreedView = await agreed.GetAsync();
        await agreed.RecordReviewOpinionAsync(ReviewSamples.Opinion(tenant, agreedView!.ProposalHash!, ReviewOutcome.Agreed, CaseSamples.At(2026, 4, 30)));
        var queue = Grains.GetGrain<IReviewQueueGrain>(tenant);
        var after = new DateOnly(2026, 5, 11);

        var all = (await queue.ListAsync(new ReviewQueueQuery(after), 50, null)).Entries;
        var first = await queue.ListAsync(new ReviewQueueQuery(after), 1, null);
        var second = await queue.ListAsync(new ReviewQueueQuery(after), 1, first.EndCursor);

        Assert.Equal(2, all.Count);
        Assert.True(all[0].Suspended);
        Assert.Equal(new DateOnly(2026, 5, 8), all[0].SupplyBy);
        Assert.Equal("赵敏", all[0].ReviewerName);
        Assert.Equal(pendingId, all[1].CaseId);
        Assert.Equal(new DateOnly(2026, 5, 8), all[1].Due);
        Assert.Equal("罚款、没收违法所得（罚款200,000元，没收1,200元）", all[1].ProposalSummary);
        Assert.Equal("新田县某超市", all[1].PartyName);
        Assert.Equal([pendingId], (await queue.ListAsync(new ReviewQueueQuery(after, Overdue: true), 50, null)).Entries.Select(e => e.CaseId));
        Assert.Empty((await queue.ListAsync(new ReviewQueueQuery(new DateOnly(2026, 5, 8), Overdue: true), 50, null)).Entries);
        Assert.Equal([all[0].CaseId], (await queue.ListAsync(new ReviewQueueQuery(after, ReviewSamples.ReviewerAccount(tenant)), 50, null)).Entries.Select(e => e.CaseId));
        Assert.Equal([all[0].CaseId], first.Entries.Select(e => e.CaseId));
        Assert.True(first.HasNextPage);
        Assert.Equal([pendingId], second.Entries.Select(e => e.CaseId));
        Assert.False(second.HasNextPage);
        Assert.Equal(1, await queue.CountAsync(new ReviewQueueQuery(after, Overdue: false)));

        await pending.RecordReviewOpinionAsync(ReviewSamples.Opinion(tenant, (await pending.GetAsync())!.ProposalHash!, ReviewOutcome.HasProblems, CaseSamples.At(2026, 5, 11)));

        Assert.Equal(1, await queue.CountAsync(new ReviewQueueQuery(after)));
    }

    // A penalty case of 200 000 yuan proposed and submitted for legal review at <paramref name="at"/>.
    private async Task<(ICaseGrain Grain, string Id)> SubmittedAsync(string tenant, DateTimeOffset at)
    {
        var id = (await Grains.GetGrain<ICaseFilingGrain>(tenant).OpenAsync(CaseSamples.Open(CaseSamples.At(2026, 4, 1)))).Id;
        var grain = Grains.GetGrain<ICaseGrain>(GrainKeys.For(tenant, id));
        await grain.ProposeDecisionAsync(ReviewSamples.Proposal(200_000m, at));
        await grain.SubmitForReviewAsync(ReviewSamples.Submission(at));
        return (grain, id);
    }

    private protected async Task PageThroughEachCaseOnceInOrderWhileCasesAreAddedAsync()
    {
        var tenant = Samples.NewTenantId();
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        await WriteAsync([.. Enumerable.Range(1, 10_000).Select(n => Summary(tenant, n, start.AddMinutes(n / 3)))]);
        var list = Grains.GetGrain<ICaseListGrain>(tenant);

        var seen = new List<string>();
        var adding = Task.Run(async () =>
        {
            for (var n = 10_001; n <= 10_300; n += 20)
            {
                await WriteAsync([.. Enumerable.Range(n, 20).Select(m => Summary(tenant, m, start.AddDays(400)))]);
            }
        });
        string? after = null;
        do
        {
            var page = await list.ListAsync(new CaseQuery(Today), 200, after);
            seen.AddRange(page.Cases.Where(c => c.OpenedAt < start.AddDays(400)).Select(c => c.Id));
            after = page.HasNextPage ? page.EndCursor : null;
        }
        while (after is not null);
        await adding;

        var expected = Enumerable.Range(1, 10_000).Select(n => (Id: $"2026-{n:00000}", At: start.AddMinutes(n / 3)))
            .OrderByDescending(c => c.At).ThenByDescending(c => c.Id, StringComparer.Ordinal).Select(c => c.Id);
        Assert.Equal(expected, seen);
        Assert.Equal(10_300, await list.CountAsync(new CaseQuery(Today)));
        var refused = await Assert.ThrowsAsync<SanXiangException>(() => list.ListAsync(new CaseQuery(Today), 50, "not-a-cursor"));
        Assert.Equal(ErrorCodes.ValidationFailed, refused.Code);
    }

    private protected async Task FindTextInTheAgenciesBelowASupervisorAndNowhereBesideItAsync()
    {
        var tree = await Agencies.AgencyTree.SeedAsync(Grains);
        var at = new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);
        await WriteAsync(
        [
            Summary(tree.Township, 1, at) with { Title = "销售超过保质期的食品案" },
            Summary(tree.County, 2, at.AddDays(1)) with { Title = "未按规定公示营业执照案" },
            Summary(tree.OtherCity, 3, at.AddDays(2)) with { Title = "销售不合格食品案" },
            Summary(tree.Province, 4, at.AddDays(3)) with { Title = "经营无标签预包装食品案" },
        ]);
        var city = Grains.GetGrain<ICaseListGrain>(tree.City);

        var found = await city.ListAsync(new CaseQuery(Today, Text: "食品", IncludeSubordinates: true), 50, null);
        var ownOnly = await city.ListAsync(new CaseQuery(Today, Text: "食品"), 50, null);
        var fromProvince = await Grains.GetGrain<ICaseListGrain>(tree.Province).ListAsync(new CaseQuery(Today, Text: "食品", IncludeSubordinates: true), 50, null);
        var filedLater = await city.ListAsync(new CaseQuery(Today, IncludeSubordinates: true, OpenedFrom: new DateOnly(2026, 3, 3)), 50, null);
        var filedFirstDay = await city.ListAsync(new CaseQuery(Today, IncludeSubordinates: true, OpenedFrom: new DateOnly(2026, 3, 2), OpenedTo: new DateOnly(2026, 3, 2)), 50, null);

        var hit = Assert.Single(found.Cases);
        Assert.Equal((tree.Township, "2026-00001", "销售超过保质期的食品案"), (hit.TenantId, hit.Id, hit.Title));
        Assert.Equal("测试镇司法所", found.AgencyName(hit.TenantId));
        Assert.Empty(ownOnly.Cases);
        Assert.Equal([tree.Province, tree.OtherCity, tree.Township], fromProvince.Cases.Select(c => c.TenantId));
        Assert.Equal(["另一市司法局", "测试镇司法所"], fromProvince.Cases.Skip(1).Select(c => fromProvince.AgencyName(c.TenantId)));
        Assert.Equal(1, await city.CountAsync(new CaseQuery(Today, Text: "食品", IncludeSubordinates: true)));
        Assert.Equal([tree.County], filedLater.Cases.Select(c => c.TenantId));
        Assert.Equal([tree.Township], filedFirstDay.Cases.Select(c => c.TenantId));
    }

    private protected async Task PageThroughTheCasesOfEveryAgencyBelowOnceInOrderAsync()
    {
        var tree = await Agencies.AgencyTree.SeedAsync(Grains);
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        // The city, its county and its township file at the same instants, so the order across agencies decides.
        string[] below = [tree.City, tree.County, tree.Township];
        await WriteAsync([.. below.Append(tree.OtherCity).SelectMany(t => Enumerable.Range(1, 40).Select(n => Summary(t, n, start.AddMinutes(n / 4))))]);
        var list = Grains.GetGrain<ICaseListGrain>(tree.City);
        var query = new CaseQuery(Today, IncludeSubordinates: true);

        var seen = new List<(string, string)>();
        string? after = null;
        do
        {
            var page = await list.ListAsync(query, 7, after);
            seen.AddRange(page.Cases.Select(c => (c.TenantId, c.Id)));
            after = page.HasNextPage ? page.EndCursor : null;
        }
        while (after is not null);

        var expected = below.SelectMany(t => Enumerable.Range(1, 40).Select(n => (Tenant: t, Id: $"2026-{n:00000}", At: start.AddMinutes(n / 4))))
            .OrderByDescending(c => c.At).ThenByDescending(c => c.Tenant, StringComparer.Ordinal).ThenByDescending(c => c.Id, StringComparer.Ordinal)
            .Select(c => (c.Tenant, c.Id));
        Assert.Equal(expected, seen);
        Assert.Equal(120, await list.CountAsync(query));
    }

    private protected async Task ListAnOfficersCasesOverdueFirstThenByTheNearestDeadlineAcrossPagesAsync()
    {
        var tenant = Samples.NewTenantId();
        var start = new DateTimeOffset(2026, 1, 5, 1, 0, 0, TimeSpan.Zero);
        CaseSummaryDeadline Due(int days) => new(Today.AddDays(days), "九十日");

        // 张明's first case, filed before all the others, is overdue; 120 later ones run to later days or have no
        // dated deadline yet, two of them overdue by less; 李华's more overdue case and 张明's closed one are not his list.
        var first = Summary(tenant, 1, start) with { OpenDeadlines = [Due(-3), Due(40)] };
        var later = Enumerable.Range(2, 120).Select(n => Summary(tenant, n, start.AddHours(n / 2)) with
        {
            OpenDeadlines = n % 60 == 0 ? [Due(-1)] : n % 7 == 0 ? [] : [Due(n % 30)],
        }).ToList();
        var others = new[]
        {
            Summary(tenant, 200, start.AddDays(1)) with { Officers = [new CaseOfficer("A2", "李华", "A2")], OpenDeadlines = [Due(-30)] },
            Summary(tenant, 201, start.AddDays(1)) with { Status = CaseStatus.Closed, OpenDeadlines = [] },
        };
        await WriteAsync([first, .. later, .. others]);

        // A later write that moves a case's next deadline reorders it: the officers' rows follow the summary.
        var moved = later[4];
        await WriteAsync(CaseSummaryWrite.Since(moved, moved with { OpenDeadlines = [Due(-2)], LastSequence = 2 }));
        later[4] = moved with { OpenDeadlines = [Due(-2)], LastSequence = 2 };

        var list = Grains.GetGrain<ICaseListGrain>(tenant);
        var query = new CaseQuery(Today, CaseStatus.Open, OfficerId: "A1", Order: CaseOrder.Urgent);
        var pages = new List<IReadOnlyList<CaseSummary>>();
        string? after = null;
        do
        {
            var page = await list.ListAsync(query, 25, after);
            pages.Add(page.Cases);
            after = page.HasNextPage ? page.EndCursor : null;
        }
        while (after is not null);

        var seen = pages.SelectMany(p => p).Select(c => c.Id).ToList();
        var expected = later.Prepend(first)
            .OrderBy(c => c.NextDeadline?.Due ?? DateOnly.MaxValue).ThenBy(c => c.OpenedAt).ThenBy(c => c.Id, StringComparer.Ordinal)
            .Select(c => c.Id);
        Assert.Equal(5, pages.Count);
        Assert.Equal("2026-00001", pages[0][0].Id);
        Assert.Equal(["2026-00001", "2026-00006", "2026-00060", "2026-00120"], pages[0].Take(4).Select(c => c.Id));
        Assert.All(pages[0].Take(4), c => Assert.True(c.IsOverdueOn(Today)));
        Assert.Equal(expected, seen);
        Assert.All(seen.TakeLast(17).Select(id => later.Single(c => c.Id == id)), c => Assert.Empty(c.OpenDeadlines));
        Assert.Equal(4, await list.CountAsync(query with { Overdue = true }));
        var newest = await list.ListAsync(query with { Order = CaseOrder.Newest }, 1, null);
        var refused = await Assert.ThrowsAsync<SanXiangException>(() => list.ListAsync(query, 25, newest.EndCursor));
        Assert.Equal(ErrorCodes.ValidationFailed, refused.Code);
    }

    private static readonly DateOnly Today = new(2026, 3, 10);

    private async Task<IReadOnlyList<CaseSummary>> ListAsync(string tenant, CaseQuery query) =>
        (await Grains.GetGrain<ICaseListGrain>(tenant).ListAsync(query, 200, null)).Cases;

    private static CaseSummary Summary(string tenant, int n, DateTimeOffset openedAt) =>
        new(tenant, $"2026-{n:00000}", $"第{n}号案件", EnforcementCategory.Penalty, CaseStatus.Open, "filing", "立案", new CaseParty($"当事人{n}", PartyKind.Citizen, null),
            [new CaseOfficer("A1", "张明", "A1")], openedAt, null, openedAt, [new CaseSummaryDeadline(new DateOnly(2026, 6, 1), "九十日")], 1);

    private Task WriteAsync(IReadOnlyList<CaseSummary> summaries) => WriteAsync([.. summaries.Select(CaseSummaryWrite.Whole)]);

    private async Task WriteAsync(params CaseSummaryWrite[] writes)
    {
        await using var connection = await Database.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await CaseSummaryTable.WriteAsync(connection, transaction, Database.Dialect, writes, CancellationToken.None);
        await transaction.CommitAsync();
    }

    // Every column of every read-model table, one line per row, in key order: what a rebuild must give back. Only the
    // agencies with events: other tests of the shared database write rows straight into the tables, which a rebuild
    // from the log rightly drops.
    private async Task<List<string>> RowsAsync()
    {
        const string Logged = "tenant IN (SELECT tenant FROM case_events)";
        var rows = new List<string>();
        await using var connection = await Database.OpenAsync();
        var search = Database.Dialect == EventLogDialect.Sqlite
            ? $"SELECT s.tenant, s.case_id, f.title, f.party FROM case_summary_search f JOIN case_summaries s ON s.rowid = f.rowid WHERE s.{Logged} ORDER BY 1, 2"
            : $"SELECT tenant, case_id, array_to_string(search_grams, ' '), search_title, search_party FROM case_summaries WHERE {Logged} ORDER BY 1, 2";
        foreach (var sql in new[]
        {
            $"SELECT tenant, case_id, title, category, status, current_step_id, current_step_name, party_name, party_kind, party_code, officers, opened_at, closed_at, updated_at, next_due, open_deadlines, last_seq FROM case_summaries WHERE {Logged} ORDER BY tenant, case_id",
            $"SELECT tenant, officer_id, case_id, opened_at, status, due_order FROM case_summary_officers WHERE {Logged} ORDER BY tenant, officer_id, case_id",
            $"SELECT tenant, case_id, due FROM case_summary_deadlines WHERE {Logged} ORDER BY tenant, case_id, due",
            $"SELECT 'queue', tenant, case_id, title, party_name, proposal_summary, submitted_at, due, suspended, supply_by, reviewer_id, reviewer_name, reviewer_account FROM review_queue WHERE {Logged} ORDER BY tenant, case_id",
            search,
        })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add(Line(reader));
            }
        }

        return rows;
    }

    private static string Line(DbDataReader reader)
    {
        var line = new StringBuilder();
        for (var i = 0; i < reader.FieldCount; i++)
        {
            line.Append(reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).Append('|');
        }

        return line.ToString();
    }
}
