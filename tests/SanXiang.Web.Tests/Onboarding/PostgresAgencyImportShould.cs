using SanXiang.Web.Tests.Cases;

namespace SanXiang.Web.Tests.Onboarding;

/// <summary>The onboarding on PostgreSQL (needs SANXIANG_TEST_POSTGRES; ./test.sh sets it).</summary>
public sealed class PostgresAgencyImportShould(PostgresCasesAppFactory factory) : IClassFixture<PostgresCasesAppFactory>
{
    [PostgresFact]
    public Task LeaveNoAgencyOfficerOrPlanBehindWhenOneRowIsBad() => AgencyImport.LeaveNoAgencyOfficerOrPlanBehindWhenOneRowIsBadAsync(factory);

    [PostgresFact]
    public Task CreateTheAgenciesWithTheirOfficersAndTheAdoptedPlan() => AgencyImport.CreateTheAgenciesWithTheirOfficersAndTheAdoptedPlanAsync(factory);

    [PostgresFact]
    public Task CreateOneAgencyUnderTheChosenParentWithItsPlan() => AgencyImport.CreateOneAgencyUnderTheChosenParentWithItsPlanAsync(factory);

    [PostgresFact]
    public Task NameEveryBadFieldOfANewAgencyAndCreateNothing() => AgencyImport.NameEveryBadFieldOfANewAgencyAndCreateNothingAsync(factory);
}
