namespace SanXiang.Silo.CaseFiles;

/// <summary>
/// A case's file (案卷) as a zip, made in the silo that holds the event log and the blobs, so that a web
/// host running as a pure client of a cluster serves the download (silo/SanXiang.Domain/CaseFiles/README.md).
/// Key: <c>{tenant}/{case}</c>.
/// </summary>
public interface ICaseFileGrain : IGrainWithStringKey
{
    /// <summary>The category in the case's <c>case.opened</c> event (e.g. <c>Penalty</c>), to choose the sector's case-file standard; null when there is none.</summary>
    Task<string?> GetCategoryAsync();

    /// <summary>
    /// The zip in chunks of at most 64 KiB as it is written: a recording passes through, never whole in
    /// memory. Refusals come before the first chunk: <c>CASE_NOT_FOUND</c> (no events) and
    /// <c>CASE_FILE_INCOMPLETE</c> (an attached file is missing from the blob store).
    /// </summary>
    /// <param name="documentKindOrder">The sector's case-file standard (document kinds in archive order), if known.</param>
    IAsyncEnumerable<byte[]> ExportAsync(IReadOnlyList<string>? documentKindOrder, CancellationToken cancellationToken = default);
}
