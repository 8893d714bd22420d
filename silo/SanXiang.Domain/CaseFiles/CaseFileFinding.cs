namespace SanXiang.Domain.CaseFiles;

/// <summary>One thing the verifier checked: a passed check, or a problem with a stable code and a Chinese message.</summary>
/// <param name="Sequence">The event the finding is about, if any.</param>
/// <param name="Path">The file in the zip the finding is about, if any.</param>
public sealed record CaseFileFinding(string Code, bool Passed, string Message, long? Sequence = null, string? Path = null);
