using SanXiang.Domain.Cases.Review;
using SanXiang.Domain.Disclosures;
using SanXiang.Domain.Errors;
using SanXiang.Domain.Text;

namespace SanXiang.Domain.Cases;

/// <summary>
/// The text of each case command, normalised and held to its field's limits (<see cref="TextFields"/>) before
/// the engine sees it. The case grains apply it to every command they are given, so a direct grain call meets
/// the same limits, in the same words, as the console and the API, and nothing too long or holding control
/// characters reaches a case's record. Whether a value may be empty is the engine's to say (<see cref="CommandCheck"/>).
/// </summary>
public static class CommandText
{
    public static OpenCaseCommand Of(OpenCaseCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var party = command.Party is null
            ? null!
            : command.Party with
            {
                Name = TextArguments.Accept(TextFields.PartyName, command.Party.Name),
                IdCode = TextArguments.AcceptOptional(TextFields.PartyIdCode, command.Party.IdCode),
            };
        return command with
        {
            Title = TextArguments.Accept(TextFields.CaseTitle, command.Title),
            Party = party,
            OfficerIds = TextArguments.AcceptAll(TextFields.CertificateNumber, command.OfficerIds, "承办人"),
            Actor = Actor(command.Actor),
        };
    }

    public static CompleteStepCommand Of(CompleteStepCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return command with
        {
            StepId = TextArguments.Accept(TextFields.Id, command.StepId),
            OfficerIds = TextArguments.AcceptAll(TextFields.CertificateNumber, command.OfficerIds, "执法人员"),
            AvOverrideReason = TextArguments.AcceptOptional(TextFields.AvOverrideReason, command.AvOverrideReason),
            Actor = Actor(command.Actor),
        };
    }

    public static SkipStepCommand Of(SkipStepCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return command with
        {
            StepId = TextArguments.Accept(TextFields.Id, command.StepId),
            Reason = TextArguments.Accept(TextFields.SkipReason, command.Reason),
            Actor = Actor(command.Actor),
        };
    }

    public static ProposeDecisionCommand Of(ProposeDecisionCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return command with
        {
            LegalBasis = TextArguments.Accept(TextFields.LegalBasis, command.LegalBasis),
            FactsSummary = TextArguments.Accept(TextFields.FactsSummary, command.FactsSummary),
            Actor = Actor(command.Actor),
        };
    }

    public static RecordReviewOpinionCommand Of(RecordReviewOpinionCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return command with
        {
            ProposalHash = TextArguments.Accept(TextFields.Id, command.ProposalHash),
            ReviewerId = TextArguments.AcceptOptional(TextFields.CertificateNumber, command.ReviewerId),
            Reasons = TextArguments.Accept(TextFields.ReviewReasons, command.Reasons),
            Checklist = ChecklistOf(command.Checklist),
            Actor = Actor(command.Actor),
        };
    }

    /// <summary>Each attendee's name, role and opinion to their fields; blanks stay blank for the engine to name.</summary>
    public static RecordCollectiveDiscussionCommand Of(RecordCollectiveDiscussionCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var attendees = command.Attendees ?? [];
        TextArguments.RequireCount(attendees.Count, "参加人员");
        return command with
        {
            ProposalHash = TextArguments.Accept(TextFields.Id, command.ProposalHash),
            HandlerOpinion = TextArguments.AcceptOptional(TextFields.DiscussionText, command.HandlerOpinion) ?? "",
            Attendees = [.. attendees.Select(a => new DiscussionAttendee(
                TextArguments.AcceptOptional(TextFields.OfficerName, a.Name) ?? "",
                TextArguments.AcceptOptional(TextFields.DiscussionRole, a.Role) ?? "",
                TextArguments.AcceptOptional(TextFields.DiscussionText, a.Opinion) ?? ""))],
            Conclusion = TextArguments.AcceptOptional(TextFields.DiscussionText, command.Conclusion) ?? "",
            Actor = Actor(command.Actor),
        };
    }

    public static ExtendReviewTimeLimitCommand Of(ExtendReviewTimeLimitCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return command with
        {
            Reason = TextArguments.AcceptOptional(TextFields.ExtensionReason, command.Reason) ?? "",
            Actor = Actor(command.Actor),
        };
    }

    /// <summary>Blank evidence lines are dropped: the form offers more lines than a case needs.</summary>
    public static SubmitForReviewCommand Of(SubmitForReviewCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var materials = command.Materials ?? new ReviewMaterials("", "", [], null);
        return command with
        {
            Materials = new ReviewMaterials(
                TextArguments.AcceptOptional(TextFields.ReviewSituationNote, materials.SituationNote) ?? "",
                TextArguments.AcceptOptional(TextFields.ReviewMaterial, materials.DraftDecision) ?? "",
                TextArguments.AcceptAll(TextFields.ReviewMaterial, Lines(materials.Evidence), "证据清单"),
                TextArguments.AcceptOptional(TextFields.ReviewMaterial, materials.HearingRecord)),
            Actor = Actor(command.Actor),
        };
    }

    public static RequestSupplementCommand Of(RequestSupplementCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return command with
        {
            ReviewerId = TextArguments.AcceptOptional(TextFields.CertificateNumber, command.ReviewerId),
            Items = TextArguments.AcceptAll(TextFields.ReviewMaterial, Lines(command.Items), "需补充的材料"),
            Reason = TextArguments.AcceptOptional(TextFields.SupplementReason, command.Reason) ?? "",
            Actor = Actor(command.Actor),
        };
    }

    public static AddRecordingCommand Of(AddRecordingCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return command with
        {
            StepId = TextArguments.Accept(TextFields.Id, command.StepId),
            Device = TextArguments.Accept(TextFields.RecordingDevice, command.Device),
            OfficerId = TextArguments.Accept(TextFields.CertificateNumber, command.OfficerId),
            Actor = Actor(command.Actor),
        };
    }

    public static AddEvidenceCommand Of(AddEvidenceCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return command with
        {
            StepId = TextArguments.Accept(TextFields.Id, command.StepId),
            Description = TextArguments.Accept(TextFields.EvidenceDescription, command.Description),
            Actor = Actor(command.Actor),
        };
    }

    public static IssueDocumentCommand Of(IssueDocumentCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var given = command.Fields ?? new Dictionary<string, string>();
        TextArguments.RequireCount(given.Count, "文书字段");
        var fields = new Dictionary<string, string>(given.Count, StringComparer.Ordinal);
        foreach (var (name, value) in given)
        {
            var key = TextArguments.Accept(TextFields.DocumentFieldName, name);
            if (!fields.TryAdd(key, TextArguments.Accept(TextFields.DocumentFieldValue, value)))
            {
                // Two names that differ only in spaces or width would otherwise fill one field with either value.
                throw new SanXiangException(ErrorCodes.ValidationFailed, $"文书字段“{key}”填写了两次。");
            }
        }

        return command with
        {
            StepId = TextArguments.Accept(TextFields.Id, command.StepId),
            Kind = TextArguments.Accept(TextFields.DocumentKind, command.Kind),
            Fields = fields,
            Actor = Actor(command.Actor),
        };
    }

    public static AttachSignedCopyCommand Of(AttachSignedCopyCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return command with
        {
            DocumentId = TextArguments.Accept(TextFields.Id, command.DocumentId),
            Actor = Actor(command.Actor),
        };
    }

    // A blank note stays blank, for the checklist rule to name the point it is missing on.
    private static List<ReviewCheck> ChecklistOf(IReadOnlyList<ReviewCheck>? checklist)
    {
        var checks = checklist ?? [];
        TextArguments.RequireCount(checks.Count, "审核要点");
        return [.. checks.Select(c => c with { Note = TextArguments.AcceptOptional(TextFields.ReviewPointNote, c.Note) ?? "" })];
    }

    public static PublishDisclosureCommand Of(PublishDisclosureCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return command with { Text = Of(command.Text), ShownHash = TextArguments.AcceptOptional(TextFields.Id, command.ShownHash) ?? "", Actor = Actor(command.Actor) };
    }

    public static CorrectDisclosureCommand Of(CorrectDisclosureCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return command with
        {
            Text = Of(command.Text),
            ShownHash = TextArguments.AcceptOptional(TextFields.Id, command.ShownHash) ?? "",
            Reason = TextArguments.AcceptOptional(TextFields.DisclosureReason, command.Reason) ?? "",
            Actor = Actor(command.Actor),
        };
    }

    public static WithdrawDisclosureCommand Of(WithdrawDisclosureCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return command with { Reason = TextArguments.AcceptOptional(TextFields.DisclosureReason, command.Reason) ?? "", Actor = Actor(command.Actor) };
    }

    public static WithholdDisclosureCommand Of(WithholdDisclosureCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return command with { Reason = TextArguments.AcceptOptional(TextFields.DisclosureReason, command.Reason) ?? "", Actor = Actor(command.Actor) };
    }

    /// <summary>A disclosure's edited text: the conclusion, basis and facts held to the proposal's limits; blank names dropped.</summary>
    public static DisclosureText Of(DisclosureText? text)
    {
        var given = text ?? DisclosureText.None;
        return new DisclosureText(
            TextArguments.AcceptOptional(TextFields.DocumentFieldValue, given.Conclusion),
            TextArguments.AcceptOptional(TextFields.LegalBasis, given.Basis),
            TextArguments.AcceptOptional(TextFields.FactsSummary, given.Facts),
            TextArguments.AcceptAll(TextFields.MaskedName, Lines(given.OtherNames), "需隐去的姓名"));
    }

    private static List<string> Lines(IReadOnlyList<string>? lines) => [.. (lines ?? []).Where(l => !string.IsNullOrWhiteSpace(l))];

    /// <summary>Who acted: the signed-in account's user name, or the name of the platform's own job.</summary>
    public static string Actor(string? actor) => TextArguments.Accept(TextFields.UserName, actor);
}
