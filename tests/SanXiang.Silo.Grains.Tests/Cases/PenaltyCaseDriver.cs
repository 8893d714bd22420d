using SanXiang.Plugins;
using SanXiang.Domain.Cases;
using SanXiang.Silo.Cases;

namespace SanXiang.Silo.Grains.Tests.Cases;

/// <summary>Takes a penalty case through its steps the way an officer would: documents, records, then the step.</summary>
internal sealed class PenaltyCaseDriver(ICaseGrain grain)
{
    public ICaseGrain Grain { get; } = grain;

    public async Task<CaseView> IssueAndCompleteAsync(string stepId, DateTimeOffset at, string? avOverrideReason = null)
    {
        var view = await Grain.GetAsync() ?? throw new InvalidOperationException("The case is not open.");
        foreach (var document in view.Steps.Single(s => s.Id == stepId).RequiredDocuments.Where(d => !d.Present))
        {
            await Grain.IssueDocumentAsync(CaseSamples.Issue(stepId, document.Kind, at));
        }

        return await Grain.CompleteStepAsync(CaseSamples.Complete(stepId, at, avOverrideReason));
    }

    /// <summary>Filing, investigation (with a photo), no evidence preservation, examination.</summary>
    public async Task ThroughExaminationAsync(DateTimeOffset at)
    {
        await IssueAndCompleteAsync("filing", at);
        await Grain.AddRecordingAsync(CaseSamples.Recording("investigation", AvKind.Photo, at));
        await IssueAndCompleteAsync("investigation", at);
        await Grain.SkipStepAsync(new SkipStepCommand("evidence-preservation", "证据不存在灭失风险", "xintian-scjg.officer", at));
        await IssueAndCompleteAsync("examination", at);
    }

    public async Task SkipAsync(string stepId, DateTimeOffset at, string reason = "不属于该情形") =>
        await Grain.SkipStepAsync(new SkipStepCommand(stepId, reason, "xintian-scjg.officer", at));

    public async Task<int> EventCountAsync() => (await Grain.GetEventsAsync()).Count;
}
