namespace SanXiang.Domain.CaseFiles;

/// <summary>One file of the case file as the manifest lists it.</summary>
/// <param name="Path">The entry name inside the zip, with forward slashes.</param>
/// <param name="Role">One of <see cref="CaseFileRoles"/>.</param>
/// <param name="Hash"><c>sm3:</c> and 64 lower-case hex digits of the file's bytes.</param>
/// <param name="Sequence">For attached files, the event that attached them: the hash must be among its file hashes.</param>
public sealed record CaseFileEntry(string Path, string Role, string Hash, long Size, long? Sequence = null);
