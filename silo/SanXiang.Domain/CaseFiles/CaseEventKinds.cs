namespace SanXiang.Domain.CaseFiles;

/// <summary>The stable event kinds whose payloads attach files (the case branches' shared convention).</summary>
public static class CaseEventKinds
{
    public const string RecordingAdded = "recording.added";
    public const string EvidenceAdded = "evidence.added";
    public const string DocumentIssued = "document.issued";
    public const string DocumentSignedCopy = "document.signed-copy";
}
