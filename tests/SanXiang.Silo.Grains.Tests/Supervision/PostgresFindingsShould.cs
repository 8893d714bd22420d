using SanXiang.Silo.Grains.Tests.Cases;

namespace SanXiang.Silo.Grains.Tests.Supervision;

public sealed class PostgresFindingsShould(PostgresCluster postgres) : FindingsContract, IClassFixture<PostgresCluster>
{
    private protected override IGrainFactory Grains => postgres.Grains;

    [PostgresFact]
    public Task FindAPenaltyCasePastNinetyDaysAndNotARecentOne() => FindAPenaltyCasePastNinetyDaysAndNotARecentOneAsync();

    [PostgresFact]
    public Task FindOfficersActingWithAnExpiredCertificateAndNotValidOnes() => FindOfficersActingWithAnExpiredCertificateAndNotValidOnesAsync();

    [PostgresFact]
    public Task FindADecisionPublishedLateOrNotAtAllAndNotOneOnTime() => FindADecisionPublishedLateOrNotAtAllAndNotOneOnTimeAsync();

    [PostgresFact]
    public Task FindAnAgencyWithAnOverdueLedgerTaskAndNotOneOnSchedule() => FindAnAgencyWithAnOverdueLedgerTaskAndNotOneOnScheduleAsync();

    [PostgresFact]
    public Task KeepADismissalWithItsReason() => KeepADismissalWithItsReasonAsync();

    [PostgresFact]
    public Task TurnAFindingIntoATaskOnceAndNoLongerListItAsOpen() => TurnAFindingIntoATaskOnceAndNoLongerListItAsOpenAsync();

    [PostgresFact]
    public Task PutTheTaskOnlyIntoTheDepartmentsInspectionOfTheFindingsAgency() => PutTheTaskOnlyIntoTheDepartmentsInspectionOfTheFindingsAgencyAsync();

    [PostgresFact]
    public Task LetAnAgencySwitchAModelOffOnlyInItsOwnLists() => LetAnAgencySwitchAModelOffOnlyInItsOwnListsAsync();

    [PostgresFact]
    public Task PageThroughEveryModel() => PageThroughEveryModelAsync();
}
