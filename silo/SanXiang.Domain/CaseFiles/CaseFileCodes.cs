namespace SanXiang.Domain.CaseFiles;

/// <summary>
/// Stable codes of the verifier's findings. Chain faults keep the codes of
/// <see cref="Integrity.ChainVerification.Code"/> (HASH_MISMATCH, CHAIN_BROKEN, SEQUENCE_GAP, …).
/// </summary>
public static class CaseFileCodes
{
    // Passed checks.
    public const string Files = "FILES";
    public const string Chain = "CHAIN";
    public const string Attachments = "ATTACHMENTS";
    public const string Checkpoint = "CHECKPOINT";
    public const string Proofs = "PROOFS";
    public const string CaseHead = "CASE_HEAD";
    public const string Cosignatures = "COSIGNATURES";

    // The input is not a case file (exit code 2).
    public const string ZipUnreadable = "ZIP_UNREADABLE";
    public const string ManifestMissing = "MANIFEST_MISSING";
    public const string ManifestInvalid = "MANIFEST_INVALID";
    public const string FormatUnsupported = "FORMAT_UNSUPPORTED";
    public const string TooLarge = "CASE_FILE_TOO_LARGE";

    // The case file was altered (exit code 1).
    public const string FileMissing = "FILE_MISSING";
    public const string FileUnlisted = "FILE_UNLISTED";
    public const string FileHashMismatch = "FILE_HASH_MISMATCH";
    public const string FileNotInEvent = "FILE_NOT_IN_EVENT";
    public const string EventFileMissing = "EVENT_FILE_MISSING";
    public const string EventsUnreadable = "EVENTS_UNREADABLE";
    public const string EventCountMismatch = "EVENT_COUNT_MISMATCH";
    public const string PublicKeyInvalid = "PUBLIC_KEY_INVALID";
    public const string CheckpointInvalid = "CHECKPOINT_INVALID";
    public const string CheckpointTenantMismatch = "CHECKPOINT_TENANT_MISMATCH";
    public const string ProofsUnreadable = "PROOFS_UNREADABLE";
    public const string ProofTreeMismatch = "PROOF_TREE_MISMATCH";
    public const string ProofInvalid = "PROOF_INVALID";
    public const string ProofMissing = "PROOF_MISSING";
    public const string EventMissing = "EVENT_MISSING";
    public const string CaseTruncated = "CASE_TRUNCATED";
    public const string CaseHeadMissing = "CASE_HEAD_MISSING";
    public const string CaseHeadInvalid = "CASE_HEAD_INVALID";
    public const string CosignatureInvalid = "COSIGNATURE_INVALID";
    public const string WitnessKeyMissing = "WITNESS_KEY_MISSING";

    private static readonly HashSet<string> ChainCodes =
        ["HASH_MISMATCH", "CHAIN_BROKEN", "SEQUENCE_GAP", "SEQUENCE_ORDER", "WRONG_TENANT", "WRONG_CASE", "UNKNOWN_ALGORITHM", "ANCHOR_MISMATCH"];

    public static bool IsChainCode(string code) => ChainCodes.Contains(code);
}
