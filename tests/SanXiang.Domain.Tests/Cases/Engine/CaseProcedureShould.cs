using SanXiang.Plugins;
using SanXiang.Domain.Cases;
using SanXiang.Domain.Cases.Engine;
using SanXiang.Domain.Cases.Events;
using SanXiang.Domain.Cases.Review;
using SanXiang.Domain.Errors;

namespace SanXiang.Domain.Tests.Cases.Engine;

public sealed class CaseProcedureShould
{
    private static readonly DateTimeOffset Filed = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void RefuseAStepBeforeTheStepsThatPrecedeItNamingThem()
    {
        var history = CaseHistory.Penalty(Filed).Complete("filing");

        var refused = Assert.Throws<SanXiangException>(() => history.Attempt("examination"));

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

        Assert.Null(Assert.IsType<StepCompleted>(history.Attempt("examination")).AvOverrideReason);
        Assert.Equal("examination", history.Procedure.CurrentStepId(history.State));
    }

    [Fact]
    public void RefuseToSkipAStepTheLawRequires()
    {
        var history = CaseHistory.Penalty(Filed).Complete("filing");

        var refused = Assert.Throws<SanXiangException>(() => history.AttemptSkip("investigation", "无需调查"));

        Assert.Equal(ErrorCodes.StepNotSkippable, refused.Code);
    }

    [Fact]
    public void RefuseToSkipAnOptionalStepWithoutAReason()
    {
        var history = CaseHistory.Penalty(Filed).CompleteThrough("notification");

        var refused = Assert.Throws<SanXiangException>(() => history.AttemptSkip("hearing", " "));

        Assert.Equal(ErrorCodes.ValidationFailed, refused.Code);
    }

    [Fact]
    public void RefuseToCompleteACompletedStepAgain()
    {
        var history = CaseHistory.Penalty(Filed).Complete("filing");

        var refused = Assert.Throws<SanXiangException>(() => history.Attempt("filing"));

        Assert.Equal(ErrorCodes.Conflict, refused.Code);
    }

    [Fact]
    public void RefuseAStepWhoseDocumentsWereNotIssuedNamingTheirTemplates()
    {
        var history = CaseHistory.Penalty(Filed).Issue("case-source-register", "filing");

        var refused = Assert.Throws<SanXiangException>(() => history.Attempt("filing"));

        Assert.Equal(ErrorCodes.DocumentRequired, refused.Code);
        Assert.Contains("《立案审批表》", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("案件来源登记表", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RequireARecordingOfTheInvestigation()
    {
        var history = CaseHistory.Penalty(Filed).Complete("filing").Issue("on-site-record", "investigation").Issue("inquiry-record", "investigation");

        var refused = Assert.Throws<SanXiangException>(() => history.Attempt("investigation"));
        history.Record("investigation", AvKind.Photo);

        Assert.Equal(ErrorCodes.AvRequired, refused.Code);
        Assert.Contains("现场检查", refused.Message, StringComparison.Ordinal);
        Assert.Null(Assert.IsType<StepCompleted>(history.Attempt("investigation")).AvOverrideReason);
    }

    [Fact]
    public void AcceptAReasonForAMissingRecordingWhereTheListAllowsIt()
    {
        var history = CaseHistory.Penalty(Filed).Complete("filing").Issue("on-site-record", "investigation").Issue("inquiry-record", "investigation");

        var completed = Assert.IsType<StepCompleted>(history.Attempt("investigation", avOverrideReason: " 执法记录仪故障，已拍照附卷 "));

        Assert.Equal("执法记录仪故障，已拍照附卷", completed.AvOverrideReason);
    }

    [Fact]
    public void RefuseAReasonWhereTheListDoesNotAllowIt()
    {
        var history = CaseHistory.Penalty(Filed).Complete("filing").Record("investigation", AvKind.Video).Complete("investigation").Issue("evidence-preservation-notice", "evidence-preservation");

        var refused = Assert.Throws<SanXiangException>(() => history.Attempt("evidence-preservation", avOverrideReason: "忘记录像"));

        Assert.Equal(ErrorCodes.AvRequired, refused.Code);
        Assert.Contains("不得免除", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RequireAContinuousVideoWhereTheListAsksForWholeProcessRecording()
    {
        var history = CaseHistory.Penalty(Filed).CompleteThrough("service").Record("execution", AvKind.Video);

        var refused = Assert.Throws<SanXiangException>(() => history.Attempt("execution"));
        history.Record("execution", AvKind.Video, continuous: true);

        Assert.Equal(ErrorCodes.AvRequired, refused.Code);
        Assert.Contains("全过程录像", refused.Message, StringComparison.Ordinal);
        Assert.Null(Assert.IsType<StepCompleted>(history.Attempt("execution")).AvOverrideReason);
    }

    [Fact]
    public void RequireTwoOfficersForTheInvestigationOfAPenaltyCase()
    {
        var history = CaseHistory.Penalty(Filed).Complete("filing").Record("investigation", AvKind.Photo);

        var refused = Assert.Throws<SanXiangException>(() => history.Attempt("investigation", ["A1", "A1"]));

        Assert.Equal(ErrorCodes.TwoOfficersRequired, refused.Code);
        Assert.Contains("第四十二条", refused.Message, StringComparison.Ordinal);
        Assert.Equal(2, history.Procedure.RequiredOfficers(history.Procedure.Step("evidence-preservation")));
        Assert.Equal(1, history.Procedure.RequiredOfficers(history.Procedure.Step("decision")));
    }

    [Fact]
    public void RefuseToCloseWhileTheCaseFileLacksADocumentListingIt()
    {
        var history = CaseHistory.Penalty(Filed).CompleteThrough("execution")
            .Issue("closing-approval", "closing").Issue("case-file-cover", "closing").Issue("case-file-index", "closing");

        var refused = Assert.Throws<SanXiangException>(() => history.Attempt("closing"));
        history.Issue("case-file-notes", "closing");

        Assert.Equal(ErrorCodes.CaseFileIncomplete, refused.Code);
        Assert.Contains("《备考表》", refused.Message, StringComparison.Ordinal);
        Assert.IsType<CaseClosed>(history.Attempt("closing"));
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

    [Fact]
    public void RefuseToSkipTheLegalReviewOfACaseDecidedAfterAHearing()
    {
        var history = CaseHistory.Penalty(Filed).CompleteThrough("notification").Record("hearing", AvKind.Video).Complete("hearing");

        var refused = Assert.Throws<SanXiangException>(() => history.AttemptSkip("legal-review", "无"));

        Assert.Equal(ErrorCodes.StepNotSkippable, refused.Code);
        Assert.Contains("第五十八条", refused.Message, StringComparison.Ordinal);
        Assert.NotNull(history.Procedure.StepViews(history.State).Single(s => s.Id == "legal-review").SkipRefusal);
    }

    [Fact]
    public void LetTheLegalReviewBeSkippedWithAReasonWhenNothingInTheRecordRequiresIt()
    {
        var history = CaseHistory.Penalty(Filed).CompleteThrough("notification").Skip("hearing");

        var skipped = history.AttemptSkip("legal-review", " 非重大执法决定 ");

        Assert.Equal("非重大执法决定", skipped.Reason);
        Assert.Null(history.Procedure.StepViews(history.State).Single(s => s.Id == "legal-review").SkipRefusal);
    }

    [Fact]
    public void AskForTwoOfficersOnAnInvestigationEvenWhereTheProcedureAsksForOne()
    {
        var lax = CaseHistory.PenaltyProcedure with
        {
            Procedure = CaseHistory.PenaltyProcedure.Procedure with
            {
                Steps = [.. CaseHistory.PenaltyProcedure.Procedure.Steps.Select(s => s.Id == "investigation" ? s with { MinimumOfficers = 1 } : s)],
            },
        };

        Assert.Equal(2, new CaseProcedure(lax, false, [], ReviewCatalog.Empty).RequiredOfficers(lax.Procedure.Steps.Single(s => s.Id == "investigation")));
    }

    [Fact]
    public void ShowWhatAStepStillLacksOfItsAvRecords()
    {
        var history = CaseHistory.Penalty(Filed).Complete("filing");

        var before = history.Procedure.StepViews(history.State).Single(s => s.Id == "investigation").Av.Missing;
        history.Record("investigation", AvKind.Video);
        var after = history.Procedure.StepViews(history.State).Single(s => s.Id == "investigation").Av.Missing;

        Assert.NotEmpty(before);
        Assert.Empty(after);
    }
}
