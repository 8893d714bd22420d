namespace SanXiang.Domain.CaseFiles;

/// <summary>The verdict on a case file; the command's exit code is its number.</summary>
public enum CaseFileOutcome
{
    /// <summary>Every check passed.</summary>
    Valid = 0,

    /// <summary>At least one check failed: something was altered, removed, added or reordered.</summary>
    Invalid = 1,

    /// <summary>Not a case file this verifier can read (not a zip, no or unreadable manifest, unknown version).</summary>
    Unusable = 2,
}
