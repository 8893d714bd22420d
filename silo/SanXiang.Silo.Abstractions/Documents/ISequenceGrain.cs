namespace SanXiang.Silo.Documents;

/// <summary>
/// The gap-free sequence of official document numbers (文号, GB/T 9704) of one agency, one document
/// kind and one year. Key: <c>{tenant}/{kind}/{year}</c> (<see cref="SequenceKeys.For"/>).
/// </summary>
public interface ISequenceGrain : IGrainWithStringKey
{
    /// <summary>
    /// Takes the next number for a document that has already rendered, and records which case and
    /// document took it. Asking again for the same document returns its number rather than a new
    /// one, so a caller that failed after taking it can retry without leaving a gap.
    /// </summary>
    Task<int> TakeAsync(string caseId, string documentId);

    /// <summary>Every number taken so far, in order (for audits: 1, 2, 3 … with no hole).</summary>
    Task<IReadOnlyList<SequenceEntry>> ListAsync();
}
