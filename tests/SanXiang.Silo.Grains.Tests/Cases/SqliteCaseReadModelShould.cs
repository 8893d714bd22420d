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

    private protected override T Service<T>() => fixture.Service<T>();
}
