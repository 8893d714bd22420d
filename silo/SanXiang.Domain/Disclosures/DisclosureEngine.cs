using SanXiang.Domain.Calendar;
using SanXiang.Domain.Cases;
using SanXiang.Domain.Cases.Engine;
using SanXiang.Domain.Cases.Events;
using SanXiang.Domain.Disclosures.Masking;
using SanXiang.Domain.Errors;

namespace SanXiang.Domain.Disclosures;

/// <summary>
/// The disclosure's commands: each checks the case's disclosure and gives the one event it makes, or refuses
/// (DOMAIN.md §9). The grain loads the case, calls this and appends; nothing else decides whether a decision may go out.
/// </summary>
public static class DisclosureEngine
{
    /// <summary>The decision's text beside the masked record that would be published with <paramref name="text"/>.</summary>
    public static DisclosurePreview Preview(CaseState state, string caseId, string agencyName, DisclosureText text, DisclosureSettings settings)
    {
        var disclosure = Require(state, caseId);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(settings);
        var draft = disclosure.Draft;
        var original = new PublishedDecision(
            agencyName,
            draft.DocumentNumber,
            draft.Party.Name,
            draft.Party.Kind,
            draft.Party.IdCode,
            draft.Category,
            text.Conclusion ?? draft.Conclusion,
            text.Basis ?? draft.Basis,
            text.Facts ?? draft.Facts,
            draft.DecidedOn);
        var masked = MaskingPipeline.For(settings).Mask(original, new MaskingContext(draft.Party, text.OtherNames));
        return new DisclosurePreview(original, masked, masked.Hash, disclosure.Bar);
    }

    public static DisclosurePublished Publish(CaseState state, string caseId, string agencyName, PublishDisclosureCommand command, DisclosureSettings settings)
    {
        ArgumentNullException.ThrowIfNull(command);
        var disclosure = Require(state, caseId);
        switch (disclosure.Status)
        {
            case DisclosureStatus.Withheld:
                throw new SanXiangException(ErrorCodes.DisclosureNotPublishable, $"该决定不予公开（{DisclosureBars.Name(disclosure.Bar!.Value)}），不能公示。");
            case DisclosureStatus.Published:
                throw new SanXiangException(ErrorCodes.DisclosureAlreadyPublished, "该决定已公示；内容不准确的，请更正。");
            case DisclosureStatus.Withdrawn:
                throw new SanXiangException(ErrorCodes.DisclosureAlreadyPublished, "该决定的公示已撤回，不能再次公示。");
        }

        var draft = disclosure.Draft;
        if (command.RestrictionEnds is { } ends && (!draft.RestrictionImposed || ends <= draft.DecidedOn))
        {
            throw new SanXiangException(ErrorCodes.ValidationFailed, draft.RestrictionImposed ? "限制期限届满日应晚于决定日期。" : "该决定没有限制生产经营或限制从业，无需填写限制期限届满日。", [new FieldProblem("restrictionEnds", "限制期限届满日无效。")]);
        }

        var preview = CheckShown(Preview(state, caseId, agencyName, command.Text, settings), command.ShownHash);
        var publishedOn = CaseDates.ChinaDate(command.At);
        var isShort = DisplayPeriod.IsShort(draft, draft.Kinds, draft.Fine, settings);
        return new DisclosurePublished(preview.Masked, preview.Hash, DisplayPeriod.EndOn(publishedOn, isShort, command.RestrictionEnds), draft.Due is { } due && publishedOn > due)
        {
            Actor = command.Actor,
            At = command.At,
        };
    }

    public static DisclosureCorrected Correct(CaseState state, string caseId, string agencyName, CorrectDisclosureCommand command, WorkingDayCalendar calendar, DisclosureSettings settings)
    {
        ArgumentNullException.ThrowIfNull(command);
        var disclosure = RequirePublished(state, caseId, "更正");
        CommandCheck.Required(command.Reason, "reason", "更正理由");
        var foundOn = CheckPast(command.FoundOn, command.At, "foundOn", "发现信息不准确的日期");
        var preview = CheckShown(Preview(state, caseId, agencyName, command.Text, settings), command.ShownHash);
        if (preview.Hash == disclosure.RecordHash)
        {
            throw new SanXiangException(ErrorCodes.ValidationFailed, "更正后的内容与已公示的相同。", [new FieldProblem("facts", "内容没有变化。")]);
        }

        var (due, _, error) = DisclosureRules.Due(DisclosureRules.CorrectRule, calendar, foundOn);
        return new DisclosureCorrected(preview.Masked, preview.Hash, command.Reason.Trim(), foundOn, due, error) { Actor = command.Actor, At = command.At };
    }

    /// <summary>行政处罚法 第四十八条: the withdrawal is a tombstone with its reasons; the published record stays in the chain.</summary>
    public static DisclosureWithdrawn Withdraw(CaseState state, string caseId, WithdrawDisclosureCommand command, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(command);
        var disclosure = RequirePublished(state, caseId, "撤回");
        CommandCheck.Required(command.Reason, "reason", "撤回理由");
        var groundsOn = CheckPast(command.GroundsOn, command.At, "groundsOn", "决定被变更、撤销或确认违法、无效的日期");
        var (due, _, error) = DisclosureRules.Due(DisclosureRules.WithdrawRule(disclosure.Draft.Category), calendar, groundsOn);
        return new DisclosureWithdrawn(command.Reason.Trim(), groundsOn, due, error) { Actor = command.Actor, At = command.At };
    }

    public static DisclosureWithheld Withhold(CaseState state, string caseId, WithholdDisclosureCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var disclosure = Require(state, caseId);
        if (disclosure.Status is DisclosureStatus.Published or DisclosureStatus.Withdrawn)
        {
            throw new SanXiangException(ErrorCodes.DisclosureAlreadyPublished, "该决定已公示；不应公开的，请撤回。");
        }

        if (command.Bar == DisclosureBar.WarningOnly || !Enum.IsDefined(command.Bar))
        {
            throw new SanXiangException(ErrorCodes.ValidationFailed, "请选择不予公开的依据：国家秘密、商业秘密、个人隐私或未成年人。", [new FieldProblem("bar", "不予公开的依据无效。")]);
        }

        CommandCheck.Required(command.Reason, "reason", "不予公开的理由");
        return new DisclosureWithheld(command.Bar, command.Reason.Trim()) { Actor = command.Actor, At = command.At };
    }

    private static CaseDisclosure Require(CaseState state, string caseId)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (!state.Opened)
        {
            throw new SanXiangException(ErrorCodes.CaseNotFound, $"案件“{caseId}”不存在。");
        }

        return state.Disclosure ?? throw new SanXiangException(ErrorCodes.DisclosureNotFound, $"案件“{caseId}”尚未作出决定，没有待公示的信息。");
    }

    private static CaseDisclosure RequirePublished(CaseState state, string caseId, string act)
    {
        var disclosure = Require(state, caseId);
        return disclosure.Status == DisclosureStatus.Published
            ? disclosure
            : throw new SanXiangException(ErrorCodes.DisclosureNotPublished, disclosure.Status == DisclosureStatus.Withdrawn ? $"该决定的公示已撤回，不能{act}。" : $"该决定尚未公示，不能{act}。");
    }

    // The record shown to the staff member must be the record published: text, masking or the agency's name may have
    // changed since the preview was drawn.
    private static DisclosurePreview CheckShown(DisclosurePreview preview, string shownHash) =>
        string.Equals(preview.Hash, shownHash?.Trim(), StringComparison.Ordinal)
            ? preview
            : throw new SanXiangException(ErrorCodes.DisclosurePreviewChanged, "公示内容与您预览的不一致（可能已被修改），请重新预览后再提交。");

    private static DateOnly CheckPast(DateOnly day, DateTimeOffset at, string field, string label) =>
        day <= CaseDates.ChinaDate(at)
            ? day
            : throw new SanXiangException(ErrorCodes.ValidationFailed, $"{label}不能晚于今天。", [new FieldProblem(field, $"{label}不能晚于今天。")]);
}
