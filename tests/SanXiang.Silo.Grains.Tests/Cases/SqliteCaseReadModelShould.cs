using SanXiang.Silo.Grains.EventLog;

namespace SanXiang.Silo.Grains.Tests.Cases;

[Collection(ClusterCollection.Name)]
public sealed class SqliteCaseReadModelShould(ClusterFixture fixture) : CaseReadModelContract
{
    private protected override IGrainFactory Grains => fixture.Grains;

    [Fact]
    public Task NumberCasesPerYearLeavingNoGapForARefusedOpening() => NumberCasesPerYearLeavingNoGapForARefusedOpeningAsync();

    [Fact]
    public Task ListCasesByOfficerCategoryAndStatusWithTheirCurrentStep() => ListCasesByOfficerCategoryAndStatusWithTheirCurrentStepAsync();

    [Fact]
    public Task AnswerWhichCasesFallDueAndWhichAreOverdue() => AnswerWhichCasesFallDueAndWhichAreOverdueAsync();

    [Fact]
    public Task FindChineseSubstringsOfTitlesAndParties() => FindChineseSubstringsOfTitlesAndPartiesAsync();

    [Fact]
    public Task RebuildTheRowsTheAppendsWrote() => RebuildTheRowsTheAppendsWroteAsync();

    [Fact]
    public Task PageThroughEachCaseOnceInOrderWhileCasesAreAdded() => PageThroughEachCaseOnceInOrderWhileCasesAreAddedAsync();

    [Fact]
    public Task ListTheReviewQueueOldestFirstWithDueDatesSuspensionsAndTheirReviewer() => ListTheReviewQueueOldestFirstWithDueDatesSuspensionsAndTheirReviewerAsync();

    [Fact]
    public Task FindTextInTheAgenciesBelowASupervisorAndNowhereBesideIt() => FindTextInTheAgenciesBelowASupervisorAndNowhereBesideItAsync();

    [Fact]
    public Task PageThroughTheCasesOfEveryAgencyBelowOnceInOrder() => PageThroughTheCasesOfEveryAgencyBelowOnceInOrderAsync();

    [Fact]
    public Task ListAnOfficersCasesOverdueFirstThenByTheNearestDeadlineAcrossPages() => ListAnOfficersCasesOverdueFirstThenByTheNearestDeadlineAcrossPagesAsync();

    // An agency's cases are mostly of one status: a page of the other (办理中 among years of 已结案) must not walk them all.
    [Fact]
    public async Task ReadAPageOfOneStatusFromTheIndexOfThatStatus()
    {
        await using var connection = await fixture.Service<EventLogDatabase>().OpenAsync();
        await using var command = connection.CreateCommand();

        // The case list's query for one status (CaseSummaryQueries), on its first page and after a cursor.
        command.CommandText =
            "EXPLAIN QUERY PLAN SELECT s.case_id, s.title, s.officers FROM case_summaries s WHERE s.tenant = 'hn-c01-scjg' AND s.status = 'Open' " +
            "AND (s.opened_at < '2026-03-10T00:00:00.000000Z' OR (s.opened_at = '2026-03-10T00:00:00.000000Z' AND s.case_id < '2026-0050')) " +
            "ORDER BY s.opened_at DESC, s.case_id DESC LIMIT 51;";
        var plan = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(3));
            }
        }

        Assert.Contains(plan, step => step.Contains("INDEX case_summaries_by_status (tenant=? AND status=?", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.Contains("TEMP B-TREE", StringComparison.Ordinal));
    }

    // 我的案件 (CaseOrder.Urgent) from any cursor on: the officer's range of one index, already in order, no sort.
    [Fact]
    public async Task ReadAPageOfAnOfficersCasesInUrgentOrderFromOneIndexRange()
    {
        await using var connection = await fixture.Service<EventLogDatabase>().OpenAsync();
        await using var command = connection.CreateCommand();

        // The urgent list's query (CaseSummaryQueries), after a cursor.
        command.CommandText =
            "EXPLAIN QUERY PLAN SELECT s.case_id, s.title, s.officers FROM case_summary_officers o JOIN case_summaries s ON s.tenant = o.tenant AND s.case_id = o.case_id " +
            "WHERE o.tenant = 'hn-c01-scjg' AND o.officer_id = 'A1' AND o.status = 'Open' " +
            "AND (o.due_order, o.opened_at, o.case_id) > ('2026-03-07', '2026-01-05T01:00:00.000000Z', '2026-0001') " +
            "ORDER BY o.due_order, o.opened_at, o.case_id LIMIT 51;";
        var plan = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(3));
            }
        }

        Assert.Contains(plan, step => step.Contains("INDEX case_summary_officers_by_due (tenant=? AND officer_id=? AND status=? AND (due_order,opened_at,case_id)>(?,?,?))", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.Contains("TEMP B-TREE", StringComparison.Ordinal));
    }

    private protected override T Service<T>() => fixture.Service<T>();
}
