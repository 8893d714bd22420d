using SanXiang.Domain.Calendar;
using SanXiang.Domain.Cases;
using SanXiang.Domain.Cases.Engine;
using SanXiang.Domain.Cases.Review;
using SanXiang.Domain.Errors;
using SanXiang.Plugins;

namespace SanXiang.Domain.Tests.Cases.Engine;

public sealed class CaseOpeningShould
{
    private static readonly DateTimeOffset Filed = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    private static readonly CaseProcedure Engine = new(CaseHistory.PenaltyProcedure, false, CaseHistory.Plugin.AvItemDefaults, ReviewCatalog.Of(CaseHistory.Plugin));

    [Fact]
    public void OpenACaseUnderTheProcedureItPinsByHash()
    {
        var opened = Open(Command());

        Assert.Equal(CaseHistory.PenaltyProcedure.Hash, opened.ProcedureHash);
        Assert.Equal(["张明", "李华"], opened.Officers.Select(o => o.Name));
        Assert.Contains(opened.Deadlines, d => d.StepId == "decision" && d.Due == new DateOnly(2026, 5, 31));
    }

    [Fact]
    public void RefuseAMalformedCreditCodeNamingTheField()
    {
        var refused = Assert.Throws<SanXiangException>(() => Open(Command() with { Party = new CaseParty("新田县某超市", PartyKind.Organisation, "91-4311-28") }));

        Assert.Equal(ErrorCodes.ValidationFailed, refused.Code);
        Assert.Equal(["party.idCode"], refused.Problems.Select(p => p.Field));
        Assert.Contains("统一社会信用代码", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OpenACaseWhoseCreditCodeHasAWrongCheckCharacterAndWarnAboutIt()
    {
        var party = new CaseParty("新田县某超市", PartyKind.Organisation, "91431128ma4l0000x2");

        var opened = Open(Command() with { Party = party });

        Assert.Equal("91431128MA4L0000X2", opened.Party.IdCode);
        Assert.Contains("校验码", PartyCode.Warning(opened.Party), StringComparison.Ordinal);
    }

    [Fact]
    public void NameEveryMissingFieldAtOnce()
    {
        var refused = Assert.Throws<SanXiangException>(() => Open(Command() with { Title = " ", Party = new CaseParty("", PartyKind.Citizen, "123"), OfficerIds = [], ProposedFine = -1 }));

        Assert.Equal(["title", "party.name", "party.idCode", "officerIds", "proposedFine"], refused.Problems.Select(p => p.Field));
    }

    [Fact]
    public void RefuseAnOfficerWhoseCertificateExpired()
    {
        var refused = Assert.Throws<SanXiangException>(() => Open(Command() with { OfficerIds = ["A1", "A3"] }));

        Assert.Equal(ErrorCodes.OfficerNotCertified, refused.Code);
        Assert.Contains("王芳", refused.Message, StringComparison.Ordinal);
        Assert.Contains("过期", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RefuseAnOfficerWhoIsNotOnTheAgencysRoster()
    {
        var refused = Assert.Throws<SanXiangException>(() => Open(Command() with { OfficerIds = ["A1", "NOBODY"] }));

        Assert.Equal(ErrorCodes.OfficerNotFound, refused.Code);
        Assert.Contains("NOBODY", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RefuseTheSimplifiedProcedureAboveTheLawsLimitNamingTheFine()
    {
        var simplified = new CaseProcedure(CaseHistory.PenaltyProcedure, true, [], ReviewCatalog.Empty);

        var refused = Assert.Throws<SanXiangException>(() => simplified.Open(
            Command() with { Simplified = true, ProposedFine = 3001, Party = new CaseParty("新田县某超市", PartyKind.Organisation, "91431128MA4L0000X1") },
            CaseHistory.Roster,
            WorkingDayCalendar.Official));

        Assert.Equal(ErrorCodes.SimplifiedNotAllowed, refused.Code);
        Assert.Equal(["proposedFine"], refused.Problems.Select(p => p.Field));
    }

    private static OpenCaseCommand Command() =>
        new("销售过期食品案", EnforcementCategory.Penalty, new CaseParty("新田县某超市", PartyKind.Organisation, "91431128MA4L0000X1"), false, 5000m, CaseHistory.Two, "officer", Filed);

    private static Domain.Cases.Events.CaseOpened Open(OpenCaseCommand command) => Engine.Open(command, CaseHistory.Roster, WorkingDayCalendar.Official);
}
