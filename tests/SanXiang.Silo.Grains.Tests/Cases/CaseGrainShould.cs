using System.Text.Json;
using SanXiang.Plugins;
using SanXiang.Domain.Cases;
using SanXiang.Silo.Cases;
using SanXiang.Domain.Errors;
using SanXiang.Domain.Text;

namespace SanXiang.Silo.Grains.Tests.Cases;

[Collection(ClusterCollection.Name)]
public class CaseGrainShould(ClusterFixture fixture)
{
    private static readonly DateTimeOffset Filed = CaseSamples.At(2026, 3, 2);

    [Fact]
    public async Task CarryAPenaltyCaseFromFilingToClosingWithItsChainIntact()
    {
        var driver = await OpenAsync();
        var grain = driver.Grain;
        await driver.ThroughExaminationAsync(CaseSamples.At(2026, 3, 3));
        await grain.AddEvidenceAsync(new AddEvidenceCommand(CaseSamples.File("进货单.jpg", "image/jpeg"), "investigation", "进货单据照片", "xintian-scjg.officer", CaseSamples.At(2026, 3, 3)));
        await driver.IssueAndCompleteAsync("notification", CaseSamples.At(2026, 3, 4));
        foreach (var optional in new[] { "hearing", "legal-review", "collective-discussion" })
        {
            await driver.SkipAsync(optional, CaseSamples.At(2026, 3, 9));
        }

        var decided = await driver.IssueAndCompleteAsync("decision", CaseSamples.At(2026, 3, 10));
        var served = await driver.IssueAndCompleteAsync("service", CaseSamples.At(2026, 3, 12), avOverrideReason: "当事人到机关领取并当场签收，未录像");
        var receipt = served.Documents.Single(d => d.Kind == "service-receipt");
        await grain.AttachSignedCopyAsync(new AttachSignedCopyCommand(receipt.Id, CaseSamples.File("送达回证（签收）.pdf", "application/pdf"), "xintian-scjg.officer", CaseSamples.At(2026, 3, 12)));
        await grain.AddRecordingAsync(CaseSamples.Recording("execution", AvKind.Video, CaseSamples.At(2026, 3, 20), continuous: true));
        await driver.IssueAndCompleteAsync("execution", CaseSamples.At(2026, 3, 20));
        var closed = await driver.IssueAndCompleteAsync("closing", CaseSamples.At(2026, 3, 25));

        Assert.Equal(new DateOnly(2026, 3, 19), decided.Deadlines.Single(d => d.StepId == "service").Due);
        Assert.Equal(CaseStatus.Closed, closed.Status);
        Assert.Null(closed.CurrentStepId);
        Assert.True(closed.Completeness.Complete);
        Assert.All(closed.Deadlines.Where(d => d.Due is not null && d.StepId is not ("hearing" or "legal-review")), d => Assert.Equal(CaseDeadlineStatus.Met, d.Status));
        Assert.Equal(CaseDeadlineStatus.Skipped, closed.Deadlines.First(d => d.StepId == "hearing").Status);
        Assert.Equal("当事人到机关领取并当场签收，未录像", closed.Steps.Single(s => s.Id == "service").Av.OverrideReason);
        Assert.NotNull(closed.Documents.Single(d => d.Id == receipt.Id).SignedCopy);
        Assert.Equal("新市监罚〔2026〕1号", closed.Documents.Single(d => d.Kind == "penalty-decision").Number);
        var events = await grain.GetEventsAsync();
        Assert.Equal(closed.LastSequence, events.Count);
        Assert.Equal("case.closed", events[^1].Kind);
        Assert.Equal(events[^2].Hash, events[^1].PrevHash);
        var recording = events.First(e => e.Kind == "recording.added");
        Assert.Equal([closed.Recordings[0].File.Hash], recording.FileHashes);
        Assert.Equal(closed.Recordings[0].File.Hash, JsonDocument.Parse(recording.Payload).RootElement.GetProperty("files")[0].GetProperty("hash").GetString());
        Assert.Equal(new CaseVerification(true, null, null, null), await grain.VerifyAsync());
        var late = await Assert.ThrowsAsync<SanXiangException>(() => grain.AddEvidenceAsync(new AddEvidenceCommand(CaseSamples.File("补充.jpg", "image/jpeg"), "closing", "补充材料", "xintian-scjg.officer", CaseSamples.At(2026, 3, 26))));
        Assert.Equal(ErrorCodes.CaseClosed, late.Code);
        Assert.Equal(events.Count, await driver.EventCountAsync());
    }

    [Fact]
    public async Task RefuseToCloseWhileTheCaseFileLacksADocumentAndAppendNothing()
    {
        var driver = await OpenAsync();
        var at = CaseSamples.At(2026, 3, 3);
        await driver.ThroughExaminationAsync(at);
        await driver.IssueAndCompleteAsync("notification", at);
        foreach (var optional in new[] { "hearing", "legal-review", "collective-discussion" })
        {
            await driver.SkipAsync(optional, at);
        }

        await driver.IssueAndCompleteAsync("decision", at);
        await driver.IssueAndCompleteAsync("service", at, avOverrideReason: "当场签收");
        await driver.IssueAndCompleteAsync("execution", at, avOverrideReason: "当事人自行缴纳罚款，未采取强制措施");
        foreach (var kind in new[] { "closing-approval", "case-file-cover", "case-file-index" })
        {
            await driver.Grain.IssueDocumentAsync(CaseSamples.Issue("closing", kind, at));
        }

        var before = await driver.EventCountAsync();
        var refused = await Assert.ThrowsAsync<SanXiangException>(() => driver.Grain.CompleteStepAsync(CaseSamples.Complete("closing", at)));

        Assert.Equal(ErrorCodes.CaseFileIncomplete, refused.Code);
        Assert.Contains("《备考表》", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, await driver.EventCountAsync());
        Assert.Equal(CaseStatus.Open, (await driver.Grain.GetAsync())!.Status);
    }

    [Fact]
    public async Task HoldACaseTitleCalledStraightOnTheGrainToTheLimitTheConsoleKeeps()
    {
        var tenant = await CaseSamples.NewAgencyAsync(fixture);
        var command = CaseSamples.Open(Filed) with { Title = new string('案', TextFields.CaseTitle.MaxLength + 1) };

        var refused = await Assert.ThrowsAsync<SanXiangException>(() => fixture.Grains.GetGrain<ICaseFilingGrain>(tenant).OpenAsync(command));

        Assert.Equal(ErrorCodes.TextTooLong, refused.Code);
        Assert.Equal("案由最多 200 个字符，现有 201 个。", refused.Message);
        Assert.Equal(0, await fixture.Grains.GetGrain<ICaseListGrain>(tenant).CountAsync(new CaseQuery(new DateOnly(2026, 3, 2))));
    }

    [Fact]
    public async Task RefuseARightToLeftOverrideInASkipReasonCalledStraightOnTheGrainAndAppendNothing()
    {
        var driver = await OpenAsync();

        var refused = await Assert.ThrowsAsync<SanXiangException>(() => driver.Grain.SkipStepAsync(new SkipStepCommand("hearing", "当事人\u202e听证放弃", "xintian-scjg.officer", Filed)));

        Assert.Equal(ErrorCodes.TextInvalid, refused.Code);
        Assert.Contains("U+202E", refused.Message, StringComparison.Ordinal);
        Assert.Equal(1, await driver.EventCountAsync());
    }

    [Fact]
    public async Task RefuseAStepOutOfOrderAndAppendNothing()
    {
        var driver = await OpenAsync();

        var refused = await Assert.ThrowsAsync<SanXiangException>(() => driver.Grain.CompleteStepAsync(CaseSamples.Complete("investigation", Filed)));

        Assert.Equal(ErrorCodes.StepOutOfOrder, refused.Code);
        Assert.Contains("“立案”", refused.Message, StringComparison.Ordinal);
        Assert.Equal(1, await driver.EventCountAsync());
    }

    [Fact]
    public async Task RequireARecordingOfTheInvestigationUnlessAReasonIsGiven()
    {
        var driver = await OpenAsync();
        await driver.IssueAndCompleteAsync("filing", Filed);
        foreach (var kind in new[] { "on-site-record", "inquiry-record" })
        {
            await driver.Grain.IssueDocumentAsync(CaseSamples.Issue("investigation", kind, Filed));
        }

        var before = await driver.EventCountAsync();
        var refused = await Assert.ThrowsAsync<SanXiangException>(() => driver.Grain.CompleteStepAsync(CaseSamples.Complete("investigation", Filed)));
        var countAfterRefusal = await driver.EventCountAsync();
        var completed = await driver.Grain.CompleteStepAsync(CaseSamples.Complete("investigation", Filed, "现场无法使用执法记录仪（涉密场所），已制作现场笔录"));

        Assert.Equal(ErrorCodes.AvRequired, refused.Code);
        Assert.Equal(before, countAfterRefusal);
        var step = completed.Steps.Single(s => s.Id == "investigation");
        Assert.Equal(StepState.Completed, step.State);
        Assert.Equal("现场无法使用执法记录仪（涉密场所），已制作现场笔录", step.Av.OverrideReason);
        Assert.Contains("涉密场所", (await driver.Grain.GetEventsAsync())[^1].Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefuseAReasonInsteadOfTheEvidencePreservationRecording()
    {
        var driver = await OpenAsync();
        await driver.IssueAndCompleteAsync("filing", Filed);
        await driver.Grain.AddRecordingAsync(CaseSamples.Recording("investigation", AvKind.Video, Filed));
        await driver.IssueAndCompleteAsync("investigation", Filed);
        await driver.Grain.IssueDocumentAsync(CaseSamples.Issue("evidence-preservation", "evidence-preservation-notice", Filed));
        var before = await driver.EventCountAsync();

        var refused = await Assert.ThrowsAsync<SanXiangException>(() => driver.Grain.CompleteStepAsync(CaseSamples.Complete("evidence-preservation", Filed, "设备故障")));

        Assert.Equal(ErrorCodes.AvRequired, refused.Code);
        Assert.Equal(before, await driver.EventCountAsync());
    }

    [Fact]
    public async Task RefuseASingleOfficerForTheInvestigation()
    {
        var driver = await ReadyForTheInvestigationTeamAsync();

        var before = await driver.EventCountAsync();
        var refused = await Assert.ThrowsAsync<SanXiangException>(() => driver.Grain.CompleteStepAsync(CaseSamples.Complete("investigation", Filed, null, CaseSamples.Zhang)));

        Assert.Equal(ErrorCodes.TwoOfficersRequired, refused.Code);
        Assert.Equal(before, await driver.EventCountAsync());
    }

    [Fact]
    public async Task RefuseAnOfficerNotCertifiedForPenalties()
    {
        var driver = await ReadyForTheInvestigationTeamAsync();

        var before = await driver.EventCountAsync();
        var refused = await Assert.ThrowsAsync<SanXiangException>(() => driver.Grain.CompleteStepAsync(CaseSamples.Complete("investigation", Filed, null, CaseSamples.Zhang, CaseSamples.Wang)));

        Assert.Equal(ErrorCodes.OfficerNotCertified, refused.Code);
        Assert.Contains("王强", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, await driver.EventCountAsync());
    }

    [Fact]
    public async Task RefuseTheSimplifiedProcedureForAFineOverTwoHundredYuanOnACitizen()
    {
        var tenant = await CaseSamples.NewAgencyAsync(fixture);
        var filing = fixture.Grains.GetGrain<ICaseFilingGrain>(tenant);

        var refused = await Assert.ThrowsAsync<SanXiangException>(() => filing.OpenAsync(CaseSamples.Open(Filed, simplified: true, fine: 201m, party: PartyKind.Citizen)));
        var accepted = await filing.OpenAsync(CaseSamples.Open(Filed, simplified: true, fine: 150m, party: PartyKind.Citizen));

        Assert.Equal(ErrorCodes.SimplifiedNotAllowed, refused.Code);
        Assert.Contains("第五十一条", refused.Message, StringComparison.Ordinal);
        Assert.True(accepted.Simplified);
        Assert.Equal(["on-the-spot-decision", "service", "closing"], accepted.Steps.Select(s => s.Id));
        Assert.Equal("2026-0001", accepted.Id);
    }

    [Fact]
    public async Task GiveTheDecisionNinetyDaysFromFiling()
    {
        var driver = await OpenAsync();

        var view = await driver.Grain.GetAsync();

        var decision = view!.Deadlines.Single(d => d.StepId == "decision");
        Assert.Equal(new DateOnly(2026, 5, 31), decision.Due);
        Assert.Contains("第六十条", decision.Article, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecomputeTheHearingRequestDeadlineWhenTheCalendarIsAmended()
    {
        var calendar = fixture.Grains.GetGrain<Silo.Calendar.ICalendarGrain>(GrainKeys.Platform);
        await calendar.AmendAsync(Calendar.CalendarSamples.Original());
        var driver = await OpenAsync(CaseSamples.At(2019, 4, 15));
        await driver.ThroughExaminationAsync(CaseSamples.At(2019, 4, 22));
        var told = await driver.IssueAndCompleteAsync("notification", CaseSamples.At(2019, 4, 29));

        await calendar.AmendAsync(Calendar.CalendarSamples.Amended());
        var recomputed = await driver.Grain.RecomputeDeadlinesAsync("admin");

        Assert.Equal(new DateOnly(2019, 5, 7), HearingRequest(told).Due);
        Assert.Equal(new DateOnly(2019, 5, 8), HearingRequest(recomputed).Due);
        Assert.Equal("deadlines.recomputed", (await driver.Grain.GetEventsAsync())[^1].Kind);
    }

    [Fact]
    public async Task RefuseCommandsOnACaseNeverOpened()
    {
        var tenant = await CaseSamples.NewAgencyAsync(fixture);
        var never = fixture.Grains.GetGrain<ICaseGrain>(GrainKeys.For(tenant, "2026-0099"));

        var missing = await Assert.ThrowsAsync<SanXiangException>(() => never.CompleteStepAsync(CaseSamples.Complete("filing", Filed)));

        Assert.Equal(ErrorCodes.CaseNotFound, missing.Code);
        Assert.Null(await never.GetAsync());
    }

    [Fact]
    public async Task SaySectorNotLoadedForAnAgencyWhosePluginIsMissing()
    {
        var tenant = Samples.NewTenantId();
        await fixture.Grains.GetGrain<Silo.Agencies.IAgencyGrain>(tenant).SeedAsync(Samples.Agency(tenant), "v1");

        var refused = await Assert.ThrowsAsync<SanXiangException>(() => fixture.Grains.GetGrain<ICaseFilingGrain>(tenant).OpenAsync(CaseSamples.Open(Filed)));

        Assert.Equal(ErrorCodes.SectorNotLoaded, refused.Code);
    }

    [Fact]
    public async Task NumberTheDocumentsOfTwoCasesOfOneAgencyInOneSequence()
    {
        var tenant = await CaseSamples.NewAgencyAsync(fixture);
        var filing = fixture.Grains.GetGrain<ICaseFilingGrain>(tenant);
        var first = await filing.OpenAsync(CaseSamples.Open(Filed));
        var second = await filing.OpenAsync(CaseSamples.Open(Filed));

        var one = await fixture.Grains.GetGrain<ICaseGrain>(GrainKeys.For(tenant, first.Id)).IssueDocumentAsync(CaseSamples.Issue("notification", "penalty-notice", Filed));
        var two = await fixture.Grains.GetGrain<ICaseGrain>(GrainKeys.For(tenant, second.Id)).IssueDocumentAsync(CaseSamples.Issue("notification", "penalty-notice", Filed));

        Assert.Equal("新市监罚告〔2026〕1号", one.Number);
        Assert.Equal("新市监罚告〔2026〕2号", two.Number);
        Assert.NotEqual(one.File.Hash, two.File.Hash);
    }

    private static CaseDeadlineView HearingRequest(CaseView view) =>
        view.Deadlines.Single(d => d.StepId == "hearing" && d.Due is not null);

    private async Task<PenaltyCaseDriver> OpenAsync(DateTimeOffset? at = null)
    {
        var tenant = await CaseSamples.NewAgencyAsync(fixture);
        var opened = await fixture.Grains.GetGrain<ICaseFilingGrain>(tenant).OpenAsync(CaseSamples.Open(at ?? Filed));
        return new PenaltyCaseDriver(fixture.Grains.GetGrain<ICaseGrain>(GrainKeys.For(tenant, opened.Id)));
    }

    // Filed, with the investigation's recording and documents in place: only the acting officers are left to check.
    private async Task<PenaltyCaseDriver> ReadyForTheInvestigationTeamAsync()
    {
        var driver = await OpenAsync();
        await driver.IssueAndCompleteAsync("filing", Filed);
        await driver.Grain.AddRecordingAsync(CaseSamples.Recording("investigation", AvKind.Photo, Filed));
        foreach (var kind in new[] { "on-site-record", "inquiry-record" })
        {
            await driver.Grain.IssueDocumentAsync(CaseSamples.Issue("investigation", kind, Filed));
        }

        return driver;
    }
}
