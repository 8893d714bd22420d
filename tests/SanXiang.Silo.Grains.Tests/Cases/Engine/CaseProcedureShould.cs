using SanXiang.Plugins;
using SanXiang.Domain.Cases;
using SanXiang.Silo.Cases;
using SanXiang.Domain.Errors;

namespace SanXiang.Silo.Grains.Tests.Cases.Engine;

public sealed class CaseProcedureShould
{
    private static readonly DateTimeOffset Filed = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly string[] Two = ["A1", "A2"];

    [Fact]
    public void RefuseAStepBeforeTheStepsThatPrecedeItNamingThem()
    {
        var history = CaseHistory.Penalty(Filed).Complete("filing");

        var refused = Assert.Throws<SanXiangException>(() => history.Procedure.CheckCompletion(history.State, "examination", Two, null));

        Assert.Equal(ErrorCodes.StepOutOfOrder, refused.Code);
        Assert.Contains("“调查取证”", refused.Message, StringComparison.Ordinal);
        Assert.Contains("“证据先行登记保存”", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("“立案”", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AllowAStepOnceTheOptionalStepsBeforeItAreSkipped()
    {
        var history = CaseHistory.Penalty(Filed).CompleteThrough("evidence-preservation");
        history.Issue("investigation-report", "examination");

        Assert.Null(history.Procedure.CheckCompletion(history.State, "examination", Two, null));
        Assert.Equal("examination", history.Procedure.CurrentStepId(history.State));
    }

    [Fact]
    public void RefuseToSkipAStepTheLawRequires()
    {
        var history = CaseHistory.Penalty(Filed).Complete("filing");

        var refused = Assert.Throws<SanXiangException>(() => history.Procedure.CheckSkip(history.State, "investigation", "无需调查"));

        Assert.Equal(ErrorCodes.StepNotSkippable, refused.Code);
    }

    [Fact]
    public void RefuseToSkipAnOptionalStepWithoutAReason()
    {
        var history = CaseHistory.Penalty(Filed).CompleteThrough("notification");

        var refused = Assert.Throws<SanXiangException>(() => history.Procedure.CheckSkip(history.State, "hearing", " "));

        Assert.Equal(ErrorCodes.ValidationFailed, refused.Code);
    }

    [Fact]
    public void RefuseToCompleteACompletedStepAgain()
    {
        var history = CaseHistory.Penalty(Filed).Complete("filing");

        var refused = Assert.Throws<SanXiangException>(() => history.Procedure.CheckCompletion(history.State, "filing", Two, null));

        Assert.Equal(ErrorCodes.Conflict, refused.Code);
    }

    [Fact]
    public void RefuseAStepWhoseDocumentsWereNotIssuedNamingTheirTemplates()
    {
        var history = CaseHistory.Penalty(Filed).Issue("case-source-register", "filing");

        var refused = Assert.Throws<SanXiangException>(() => history.Procedure.CheckCompletion(history.State, "filing", Two, null));

        Assert.Equal(ErrorCodes.DocumentRequired, refused.Code);
        Assert.Contains("《立案审批表》", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("案件来源登记表", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RequireARecordingOfTheInvestigation()
    {
        var history = CaseHistory.Penalty(Filed).Complete("filing").Issue("on-site-record", "investigation").Issue("inquiry-record", "investigation");

        var refused = Assert.Throws<SanXiangException>(() => history.Procedure.CheckCompletion(history.State, "investigation", Two, null));
        history.Record("investigation", AvKind.Photo);

        Assert.Equal(ErrorCodes.AvRequired, refused.Code);
        Assert.Contains("现场检查", refused.Message, StringComparison.Ordinal);
        Assert.Null(history.Procedure.CheckCompletion(history.State, "investigation", Two, null));
    }

    [Fact]
    public void AcceptAReasonForAMissingRecordingWhereTheListAllowsIt()
    {
        var history = CaseHistory.Penalty(Filed).Complete("filing").Issue("on-site-record", "investigation").Issue("inquiry-record", "investigation");

        var reason = history.Procedure.CheckCompletion(history.State, "investigation", Two, " 执法记录仪故障，已拍照附卷 ");

        Assert.Equal("执法记录仪故障，已拍照附卷", reason);
    }

    [Fact]
    public void RefuseAReasonWhereTheListDoesNotAllowIt()
    {
        var history = CaseHistory.Penalty(Filed).Complete("filing").Record("investigation", AvKind.Video).Complete("investigation").Issue("evidence-preservation-notice", "evidence-preservation");

        var refused = Assert.Throws<SanXiangException>(() => history.Procedure.CheckCompletion(history.State, "evidence-preservation", Two, "忘记录像"));

        Assert.Equal(ErrorCodes.AvRequired, refused.Code);
        Assert.Contains("不得免除", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RequireAContinuousVideoWhereTheListAsksForWholeProcessRecording()
    {
        var history = CaseHistory.Penalty(Filed).CompleteThrough("service").Record("execution", AvKind.Video);

        var refused = Assert.Throws<SanXiangException>(() => history.Procedure.CheckCompletion(history.State, "execution", Two, null));
        history.Record("execution", AvKind.Video, continuous: true);

        Assert.Equal(ErrorCodes.AvRequired, refused.Code);
        Assert.Contains("全过程录像", refused.Message, StringComparison.Ordinal);
        Assert.Null(history.Procedure.CheckCompletion(history.State, "execution", Two, null));
    }

    [Fact]
    public void RequireTwoOfficersForTheInvestigationOfAPenaltyCase()
    {
        var history = CaseHistory.Penalty(Filed).Complete("filing").Record("investigation", AvKind.Photo);

        var refused = Assert.Throws<SanXiangException>(() => history.Procedure.CheckCompletion(history.State, "investigation", ["A1", "a1"], null));

        Assert.Equal(ErrorCodes.TwoOfficersRequired, refused.Code);
        Assert.Contains("第四十二条", refused.Message, StringComparison.Ordinal);
        Assert.True(history.Procedure.IsInvestigation(history.Procedure.Step("evidence-preservation")));
        Assert.False(history.Procedure.IsInvestigation(history.Procedure.Step("decision")));
    }

    [Fact]
    public void RefuseToCloseWhileTheCaseFileLacksADocumentListingIt()
    {
        var history = CaseHistory.Penalty(Filed).CompleteThrough("execution")
            .Issue("closing-approval", "closing").Issue("case-file-cover", "closing").Issue("case-file-index", "closing");

        var refused = Assert.Throws<SanXiangException>(() => history.Procedure.CheckCompletion(history.State, "closing", Two, null));
        history.Issue("case-file-notes", "closing");

        Assert.Equal(ErrorCodes.CaseFileIncomplete, refused.Code);
        Assert.Contains("《备考表》", refused.Message, StringComparison.Ordinal);
        Assert.Null(history.Procedure.CheckCompletion(history.State, "closing", Two, null));
        Assert.True(history.Procedure.Completeness(history.State).Complete);
    }

    [Fact]
    public void CountAnOptionalCaseFileItemOnlyWhenItsStepTookPlace()
    {
        var skipped = CaseHistory.Penalty(Filed).CompleteThrough("execution");
        var held = CaseHistory.Penalty(Filed).Complete("filing").Complete("investigation").Complete("evidence-preservation");

        Assert.False(skipped.Procedure.Completeness(skipped.State).Items.Single(i => i.Kind == "evidence-preservation-notice").Required);
        Assert.True(held.Procedure.Completeness(held.State).Items.Single(i => i.Kind == "evidence-preservation-notice").Required);
    }

    [Fact]
    public void ShowTheAvRequirementOnEachStep()
    {
        var history = CaseHistory.Penalty(Filed);

        var steps = history.Procedure.StepViews(history.State);

        var investigation = steps.Single(s => s.Id == "investigation").Av;
        Assert.True(investigation.Required);
        Assert.True(investigation.OverrideAllowed);
        Assert.Equal([AvKind.Photo, AvKind.Audio, AvKind.Video], investigation.Kinds);
        Assert.False(steps.Single(s => s.Id == "evidence-preservation").Av.OverrideAllowed);
        Assert.True(steps.Single(s => s.Id == "execution").Av.Continuous);
        Assert.False(steps.Single(s => s.Id == "decision").Av.Required);
    }
}
