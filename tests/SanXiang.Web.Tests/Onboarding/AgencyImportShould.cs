using SanXiang.Web.Tests.Cases;

namespace SanXiang.Web.Tests.Onboarding;

public sealed class AgencyImportShould(CasesAppFactory factory) : IClassFixture<CasesAppFactory>
{
    [Fact]
    public Task LeaveNoAgencyOfficerOrPlanBehindWhenOneRowIsBad() => AgencyImport.LeaveNoAgencyOfficerOrPlanBehindWhenOneRowIsBadAsync(factory);

    [Fact]
    public Task CreateTheAgenciesWithTheirOfficersAndTheAdoptedPlan() => AgencyImport.CreateTheAgenciesWithTheirOfficersAndTheAdoptedPlanAsync(factory);

    [Fact]
    public Task RefuseAnyoneButASupervisorOfTheDepartment() => AgencyImport.RefuseAnyoneButASupervisorOfTheDepartmentAsync(factory);

    [Fact]
    public Task CreateOneAgencyUnderTheChosenParentWithItsPlan() => AgencyImport.CreateOneAgencyUnderTheChosenParentWithItsPlanAsync(factory);

    [Fact]
    public Task NameEveryBadFieldOfANewAgencyAndCreateNothing() => AgencyImport.NameEveryBadFieldOfANewAgencyAndCreateNothingAsync(factory);
}
