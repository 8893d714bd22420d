namespace SanXiang.Silo.Grains.Tests.Supervision;

[Collection(ClusterCollection.Name)]
public sealed class SqliteFindingsShould(ClusterFixture fixture) : FindingsContract
{
    private protected override IGrainFactory Grains => fixture.Grains;

    [Fact]
    public Task FindAPenaltyCasePastNinetyDaysAndNotARecentOne() => FindAPenaltyCasePastNinetyDaysAndNotARecentOneAsync();

    [Fact]
    public Task FindOfficersActingWithAnExpiredCertificateAndNotValidOnes() => FindOfficersActingWithAnExpiredCertificateAndNotValidOnesAsync();

    [Fact]
    public Task FindADecisionPublishedLateOrNotAtAllAndNotOneOnTime() => FindADecisionPublishedLateOrNotAtAllAndNotOneOnTimeAsync();

    [Fact]
    public Task FindAnAgencyWithAnOverdueLedgerTaskAndNotOneOnSchedule() => FindAnAgencyWithAnOverdueLedgerTaskAndNotOneOnScheduleAsync();

    [Fact]
    public Task KeepADismissalWithItsReason() => KeepADismissalWithItsReasonAsync();

    [Fact]
    public Task TurnAFindingIntoATaskOnceAndNoLongerListItAsOpen() => TurnAFindingIntoATaskOnceAndNoLongerListItAsOpenAsync();

    [Fact]
    public Task PutTheTaskOnlyIntoTheDepartmentsInspectionOfTheFindingsAgency() => PutTheTaskOnlyIntoTheDepartmentsInspectionOfTheFindingsAgencyAsync();

    [Fact]
    public Task LetAnAgencySwitchAModelOffOnlyInItsOwnLists() => LetAnAgencySwitchAModelOffOnlyInItsOwnListsAsync();

    [Fact]
    public Task PageThroughEveryModel() => PageThroughEveryModelAsync();
}
