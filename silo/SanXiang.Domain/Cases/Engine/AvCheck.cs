using SanXiang.Plugins;
using SanXiang.Domain.Errors;

namespace SanXiang.Domain.Cases.Engine;

/// <summary>
/// The agency's 音像记录事项清单 applied to a step (执法全过程记录, DOMAIN.md §2): every item for the step's kind
/// needs a recording of one of its kinds made on this step; a continuous item (全过程音像记录) needs a video
/// flagged continuous. Where every missing item allows it, a reason stands in for the record.
/// </summary>
public static class AvCheck
{
    private static readonly Dictionary<AvKind, string> KindNames = new()
    {
        [AvKind.Photo] = "照相",
        [AvKind.Audio] = "录音",
        [AvKind.Video] = "录像",
    };

    public static IReadOnlyList<AvItem> ItemsFor(IReadOnlyList<AvItem> avItems, ProcedureStep step) =>
        [.. avItems.Where(item => item.Step == step.Kind)];

    /// <summary>What the list asks of <paramref name="step"/> and what of it the case's recordings do not meet yet.</summary>
    public static AvRequirementView Requirement(IReadOnlyList<AvItem> items, ProcedureStep step, IEnumerable<CaseRecordingView> recordings, string? overrideReason) =>
        items.Count == 0
            ? AvRequirementView.None with { OverrideReason = overrideReason }
            : new AvRequirementView(
                true,
                items.Any(i => i.Continuous),
                [.. items.SelectMany(i => i.Kinds).Distinct().Order()],
                items.All(i => i.OverrideAllowed),
                overrideReason,
                [.. items.Select(i => i.Description)],
                [.. Missing(items, step, recordings).Select(Describe)]);

    /// <summary>Returns the override reason to record (null when every record is there); throws AV_REQUIRED otherwise.</summary>
    public static string? Check(IReadOnlyList<AvItem> items, ProcedureStep step, IEnumerable<CaseRecordingView> recordings, string? overrideReason)
    {
        ArgumentNullException.ThrowIfNull(step);
        var missing = Missing(items, step, recordings);
        if (missing.Count == 0)
        {
            return null;
        }

        var what = string.Join("；", missing.Select(Describe));
        var notWaivable = missing.Where(i => !i.OverrideAllowed).ToList();
        if (notWaivable.Count > 0)
        {
            throw new SanXiangException(
                ErrorCodes.AvRequired,
                $"环节“{step.Name}”缺少音像记录：{what}。其中“{string.Join("、", notWaivable.Select(i => i.Description))}”按本机关音像记录事项清单不得免除，须上传记录后办理。");
        }

        if (string.IsNullOrWhiteSpace(overrideReason))
        {
            throw new SanXiangException(ErrorCodes.AvRequired, $"环节“{step.Name}”缺少音像记录：{what}。请上传记录，或写明未记录的理由。");
        }

        return overrideReason.Trim();
    }

    private static List<AvItem> Missing(IReadOnlyList<AvItem> items, ProcedureStep step, IEnumerable<CaseRecordingView> recordings)
    {
        var onStep = recordings.Where(r => r.StepId == step.Id).ToList();
        return [.. items.Where(item => !IsMet(item, onStep))];
    }

    private static bool IsMet(AvItem item, List<CaseRecordingView> onStep) =>
        item.Continuous
            ? onStep.Any(r => r.Kind == AvKind.Video && r.Continuous)
            : onStep.Any(r => item.Kinds.Contains(r.Kind));

    private static string Describe(AvItem item) =>
        item.Continuous
            ? $"“{item.Description}”须全过程录像"
            : $"“{item.Description}”须{string.Join("或", item.Kinds.Select(k => KindNames[k]))}";
}
