using SanXiang.Plugins;
using SanXiang.Domain.Cases;
using SanXiang.Domain.Errors;
using SanXiang.Domain.Cases.Law;

namespace SanXiang.Domain.Tests.Cases.Engine;

public sealed class SimplifiedProcedureRuleShould
{
    private static readonly CaseParty Citizen = new("王某", PartyKind.Citizen, null);
    private static readonly CaseParty Shop = new("新田县某超市", PartyKind.Organisation, null);

    [Theory]
    [InlineData(0)]
    [InlineData(150)]
    [InlineData(200)]
    public void AllowAWarningOrASmallFineOnACitizen(int fine) =>
        SimplifiedProcedureRule.CheckCase(CaseHistory.PenaltyProcedure.Procedure, Citizen, fine);

    [Fact]
    public void RefuseAFineOverTwoHundredYuanOnACitizenCitingTheArticleAndTheThreshold()
    {
        var refused = Assert.Throws<SanXiangException>(() => SimplifiedProcedureRule.CheckCase(CaseHistory.PenaltyProcedure.Procedure, Citizen, 200.01m));

        Assert.Equal(ErrorCodes.SimplifiedNotAllowed, refused.Code);
        Assert.Contains("第五十一条", refused.Message, StringComparison.Ordinal);
        Assert.Contains("200元以下", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UseTheOrganisationThresholdForAnOrganisation()
    {
        SimplifiedProcedureRule.CheckCase(CaseHistory.PenaltyProcedure.Procedure, Shop, 3000m);

        var refused = Assert.Throws<SanXiangException>(() => SimplifiedProcedureRule.CheckCase(CaseHistory.PenaltyProcedure.Procedure, Shop, 3001m));

        Assert.Contains("3000元以下", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RefuseACategoryWithoutASimplifiedProcedure()
    {
        var licensing = CaseHistory.Plugin.Procedures.Single(p => p.Category == EnforcementCategory.Licensing);

        var refused = Assert.Throws<SanXiangException>(() => SimplifiedProcedureRule.CheckCase(licensing, Citizen, 0));

        Assert.Equal(ErrorCodes.SimplifiedNotAllowed, refused.Code);
    }
}
