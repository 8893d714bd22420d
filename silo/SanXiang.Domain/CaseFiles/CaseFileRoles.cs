namespace SanXiang.Domain.CaseFiles;

/// <summary>What a file in the case file is; stored in the manifest as these strings.</summary>
public static class CaseFileRoles
{
    public const string Events = "events";
    public const string Proofs = "proofs";
    public const string Checkpoint = "checkpoint";
    public const string PublicKey = "public-key";
    public const string CaseHead = "case-head";
    public const string WitnessKeys = "witness-keys";
    public const string Index = "index";

    /// <summary>An issued document (执法文书), from a <c>document.issued</c> event.</summary>
    public const string Document = "document";

    /// <summary>A signed or scanned copy of an issued document, from a <c>document.signed-copy</c> event.</summary>
    public const string SignedCopy = "signed-copy";

    /// <summary>A recording (音像记录) or other evidence, from <c>recording.added</c> or <c>evidence.added</c>.</summary>
    public const string Evidence = "evidence";

    /// <summary>The role of the files an event of <paramref name="kind"/> attaches, or null for a kind that attaches none we export.</summary>
    public static string? ForEventKind(string kind) => kind switch
    {
        CaseEventKinds.DocumentIssued => Document,
        CaseEventKinds.DocumentSignedCopy => SignedCopy,
        CaseEventKinds.RecordingAdded or CaseEventKinds.EvidenceAdded => Evidence,
        _ => null,
    };
}
