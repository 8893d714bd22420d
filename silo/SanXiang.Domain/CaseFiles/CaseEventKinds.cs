namespace SanXiang.Domain.CaseFiles;

/// <summary>The stable event kinds whose payloads attach files (the case branches' shared convention), and the opening one.</summary>
public static class CaseEventKinds
{
    /// <summary>The case's first event; its payload's <c>category</c> picks the sector's case-file standard.</summary>
    public const string CaseOpened = "case.opened";

    public const string RecordingAdded = "recording.added";
    public const string EvidenceAdded = "evidence.added";
    public const string DocumentIssued = "document.issued";
    public const string DocumentSignedCopy = "document.signed-copy";
}
