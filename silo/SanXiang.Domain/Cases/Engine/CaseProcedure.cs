using SanXiang.Plugins;
using SanXiang.Domain.Errors;

namespace SanXiang.Domain.Cases.Engine;

/// <summary>
/// The procedure one case follows (the sector plugin's <see cref="Procedure"/>, or its 简易程序) with the
/// agency's AV item list and the sector's templates and case-file standard: decides whether a command may
/// happen and describes the case's steps. Plain C#: the grain asks the roster about certificates.
/// </summary>
public sealed class CaseProcedure
{
    private readonly Dictionary<string, string> templateNames;
    private readonly CaseFileStandard? standard;

    public CaseProcedure(Procedure procedure, bool simplified, IReadOnlyList<AvItem> avItems, IReadOnlyList<DocumentTemplate> templates, IReadOnlyList<CaseFileStandard> standards)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        ArgumentNullException.ThrowIfNull(templates);
        ArgumentNullException.ThrowIfNull(standards);
        Procedure = procedure;
        Simplified = simplified;
        AvItems = avItems ?? throw new ArgumentNullException(nameof(avItems));
        Steps = simplified
            ? (procedure.Simplified ?? throw new InvalidOperationException($"“{procedure.Name}”没有简易程序。")).Steps
            : procedure.Steps;
        templateNames = templates.GroupBy(t => t.Kind, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);

        // The 案卷标准 describes the ordinary procedure's file; an on-the-spot case's file is what its own steps produce.
        standard = simplified ? null : standards.FirstOrDefault(s => s.Category == procedure.Category);
    }

    public Procedure Procedure { get; }

    public bool Simplified { get; }

    public IReadOnlyList<AvItem> AvItems { get; }

    public IReadOnlyList<ProcedureStep> Steps { get; }

    public string DocumentName(string kind) => templateNames.GetValueOrDefault(kind, kind);

    public bool KnowsDocument(string kind) => templateNames.ContainsKey(kind);

    public ProcedureStep Step(string stepId) =>
        Steps.FirstOrDefault(s => s.Id == stepId)
            ?? throw new SanXiangException(ErrorCodes.ValidationFailed, $"本案程序中没有环节“{stepId}”。");

    /// <summary>行政处罚法 第四十二条: investigation and evidence-taking of a penalty case need two certified officers.</summary>
    public bool IsInvestigation(ProcedureStep step) =>
        Procedure.Category == EnforcementCategory.Penalty && step.Kind is CaseStepKind.Investigation or CaseStepKind.Evidence;

    /// <summary>The first step neither completed nor skipped, or null when all are.</summary>
    public string? CurrentStepId(CaseState state) => Steps.FirstOrDefault(s => !state.IsDone(s.Id))?.Id;

    /// <summary>
    /// Checks that <paramref name="stepId"/> may be completed now; returns the AV override reason to record.
    /// The officers' certificates are the roster's to check.
    /// </summary>
    public string? CheckCompletion(CaseState state, string stepId, IReadOnlyList<string> officerIds, string? avOverrideReason)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(officerIds);
        var step = Step(stepId);
        CheckOrder(state, step, "办理");
        CheckOfficerCount(step, officerIds);
        if (step.Kind == CaseStepKind.Closing)
        {
            CheckCaseFile(state, step);
        }
        else
        {
            CheckDocuments(state, step);
        }

        return AvCheck.Check(AvCheck.ItemsFor(AvItems, step), step, state.Recordings, avOverrideReason);
    }

    public void CheckSkip(CaseState state, string stepId, string reason)
    {
        ArgumentNullException.ThrowIfNull(state);
        var step = Step(stepId);
        if (!step.Optional)
        {
            throw new SanXiangException(ErrorCodes.StepNotSkippable, $"环节“{step.Name}”是法定必经环节，不能跳过。");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new SanXiangException(ErrorCodes.ValidationFailed, $"跳过环节“{step.Name}”须写明理由{(step.OptionalWhen is null ? "" : $"（{step.OptionalWhen}）")}。");
        }

        CheckOrder(state, step, "跳过");
    }

    /// <summary>What <paramref name="state"/> still lacks against the 案卷标准 (or, for 简易程序, its steps' documents).</summary>
    public CaseFileCompleteness Completeness(CaseState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var items = standard is null
            ? Steps.SelectMany(s => s.RequiredDocuments).Distinct(StringComparer.Ordinal).Select(kind => new CaseFileItemView(kind, DocumentName(kind), true, state.HasIssued(kind)))
            : standard.Items.Select(item => new CaseFileItemView(item.DocumentKind, DocumentName(item.DocumentKind), IsNeeded(state, item), state.HasIssued(item.DocumentKind)));
        var list = items.ToList();
        return new CaseFileCompleteness(list, list.All(i => !i.Required || i.Present));
    }

    public IReadOnlyList<CaseStepView> StepViews(CaseState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return [.. Steps.Select(step =>
        {
            var done = state.Steps.GetValueOrDefault(step.Id);
            return new CaseStepView(
                step.Id,
                step.Kind,
                step.Name,
                step.Optional,
                step.OptionalWhen,
                done?.State ?? StepState.Pending,
                done?.State == StepState.Completed ? done.At : null,
                done?.State == StepState.Completed ? done.By : null,
                done?.Officers ?? [],
                done?.SkipReason,
                [.. step.RequiredDocuments.Select(kind => new RequiredDocumentView(kind, DocumentName(kind), state.HasIssued(kind)))],
                AvCheck.Requirement(AvCheck.ItemsFor(AvItems, step), done?.AvOverrideReason),
                step.MinimumOfficers);
        })];
    }

    // An optional item of the standard belongs in the file only when its step took place.
    private bool IsNeeded(CaseState state, CaseFileItem item) =>
        item.Required
        || Steps.Any(s => s.RequiredDocuments.Contains(item.DocumentKind) && state.Steps.GetValueOrDefault(s.Id)?.State == StepState.Completed);

    private void CheckOrder(CaseState state, ProcedureStep step, string verb)
    {
        if (state.IsDone(step.Id))
        {
            var done = state.Steps[step.Id].State == StepState.Completed ? "已办理" : "已跳过";
            throw new SanXiangException(ErrorCodes.Conflict, $"环节“{step.Name}”{done}，不能再次{verb}。");
        }

        var missing = Steps.TakeWhile(s => s.Id != step.Id).Where(s => !state.IsDone(s.Id)).ToList();
        if (missing.Count > 0)
        {
            throw new SanXiangException(
                ErrorCodes.StepOutOfOrder,
                $"须先办理（或依法跳过）环节{string.Join("、", missing.Select(s => $"“{s.Name}”"))}，才能{verb}环节“{step.Name}”。");
        }
    }

    private static void CheckOfficerCount(ProcedureStep step, IReadOnlyList<string> officerIds)
    {
        var count = officerIds.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        if (count == 0)
        {
            throw new SanXiangException(ErrorCodes.ValidationFailed, $"请写明办理环节“{step.Name}”的执法人员。");
        }

        if (count < step.MinimumOfficers)
        {
            throw new SanXiangException(
                step.MinimumOfficers >= 2 ? ErrorCodes.TwoOfficersRequired : ErrorCodes.ValidationFailed,
                $"环节“{step.Name}”须由不少于{step.MinimumOfficers}名持有执法证件的执法人员办理（《中华人民共和国行政处罚法》第四十二条），现为{count}名。");
        }
    }

    private void CheckDocuments(CaseState state, ProcedureStep step)
    {
        var missing = step.RequiredDocuments.Where(kind => !state.HasIssued(kind)).ToList();
        if (missing.Count > 0)
        {
            throw new SanXiangException(
                ErrorCodes.DocumentRequired,
                $"办理环节“{step.Name}”前须制作{string.Join("、", missing.Select(kind => $"《{DocumentName(kind)}》"))}。");
        }
    }

    // 结案归档: the file must hold what the 案卷标准 asks (and the closing step's own documents).
    private void CheckCaseFile(CaseState state, ProcedureStep step)
    {
        var missing = Completeness(state).Items.Where(i => i.Required && !i.Present).Select(i => i.Kind)
            .Concat(step.RequiredDocuments.Where(kind => !state.HasIssued(kind)))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (missing.Count > 0)
        {
            throw new SanXiangException(
                ErrorCodes.CaseFileIncomplete,
                $"案卷不完整，不能结案归档：缺少{string.Join("、", missing.Select(kind => $"《{DocumentName(kind)}》"))}。");
        }
    }
}
