namespace SanXiang.Silo.Grains.Tests.Cases;

public sealed class PostgresCaseReadModelShould(PostgresCluster postgres) : CaseReadModelContract, IClassFixture<PostgresCluster>
{
    private protected override IGrainFactory Grains => postgres.Grains;

    [PostgresFact]
    public Task NumberCasesPerYearLeavingNoGapForARefusedOpening() => NumberCasesPerYearLeavingNoGapForARefusedOpeningAsync();

    [PostgresFact]
    public Task ListCasesByOfficerCategoryAndStatusWithTheirCurrentStep() => ListCasesByOfficerCategoryAndStatusWithTheirCurrentStepAsync();

    [PostgresFact]
    public Task AnswerWhichCasesFallDueAndWhichAreOverdue() => AnswerWhichCasesFallDueAndWhichAreOverdueAsync();

    [PostgresFact]
    public Task FindChineseSubstringsOfTitlesAndParties() => FindChineseSubstringsOfTitlesAndPartiesAsync();

    [PostgresFact]
    public Task RebuildTheRowsTheAppendsWrote() => RebuildTheRowsTheAppendsWroteAsync();

    [PostgresFact]
    public Task PageThroughEachCaseOnceInOrderWhileCasesAreAdded() => PageThroughEachCaseOnceInOrderWhileCasesAreAddedAsync();

    [PostgresFact]
    public Task ListTheReviewQueueOldestFirstWithDueDatesSuspensionsAndTheirReviewer() => ListTheReviewQueueOldestFirstWithDueDatesSuspensionsAndTheirReviewerAsync();

    [PostgresFact]
    public Task FindTextInTheAgenciesBelowASupervisorAndNowhereBesideIt() => FindTextInTheAgenciesBelowASupervisorAndNowhereBesideItAsync();

    [PostgresFact]
    public Task PageThroughTheCasesOfEveryAgencyBelowOnceInOrder() => PageThroughTheCasesOfEveryAgencyBelowOnceInOrderAsync();

    [PostgresFact]
    public Task ListAnOfficersCasesOverdueFirstThenByTheNearestDeadlineAcrossPages() => ListAnOfficersCasesOverdueFirstThenByTheNearestDeadlineAcrossPagesAsync();

    private protected override T Service<T>() => postgres.Service<T>();
}
