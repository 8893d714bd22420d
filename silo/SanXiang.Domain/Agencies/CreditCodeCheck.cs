namespace SanXiang.Domain.Agencies;

/// <summary>The outcome of checking a unified social credit code.</summary>
public enum CreditCodeCheck
{
    Valid,

    /// <summary>Well-formed, but the check character does not match. Some early pilot codes do this: warn, do not reject.</summary>
    ChecksumMismatch,

    /// <summary>Not 18 characters of the code's alphabet: this is not a credit code at all.</summary>
    Malformed,
}
