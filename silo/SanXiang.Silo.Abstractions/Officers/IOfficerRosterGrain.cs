using Orleans.Concurrency;
using SanXiang.Plugins;

namespace SanXiang.Silo.Officers;

/// <summary>
/// An agency's officers, for lists and the public officer list (执法人员清单, DOMAIN.md §1), and the
/// one place that adds officers so duplicates are caught. Its state is the only copy of each officer: the officer
/// grains' commands read and record the officer here.
/// Key: the tenant id.
/// </summary>
public interface IOfficerRosterGrain : IGrainWithStringKey
{
    /// <summary>Reads interleave with an import in progress rather than queue behind its writes (they see all of it or none).</summary>
    [AlwaysInterleave]
    Task<IReadOnlyList<Officer>> ListAsync();

    /// <summary>The officer holding this certificate number (spaces and case ignored), or null.</summary>
    [AlwaysInterleave]
    Task<Officer?> FindAsync(string certificateNumber);

    /// <summary>Adds an officer; CONFLICT if the certificate number is already listed, VALIDATION_FAILED for incomplete data.</summary>
    Task<Officer> AddAsync(Officer officer);

    /// <summary>
    /// Adds all officers or none: every officer is checked (fields, duplicates within the batch and
    /// against the roster) before the first is written. Returns the Chinese problems, by position in
    /// the batch (0-based); empty when all were added.
    /// </summary>
    Task<IReadOnlyList<OfficerProblem>> ImportAsync(IReadOnlyList<Officer> officers);

    /// <summary>Called by an officer grain after it changed.</summary>
    Task RecordAsync(Officer officer);

    /// <summary>The listed officers among <paramref name="officerIds"/> (normalised certificate numbers); unknown ids are left out. A read: a case step does not wait behind an import.</summary>
    [AlwaysInterleave]
    Task<IReadOnlyList<Officer>> FindManyAsync(IReadOnlyList<string> officerIds);

    /// <summary>
    /// The officers who may act in <paramref name="category"/> on <paramref name="date"/>, as the case engine
    /// decides it (行政处罚法 第四十二条、第五十五条): what a form offers for a case of that category.
    /// A read: a form does not wait behind an import of the roster.
    /// </summary>
    [AlwaysInterleave]
    Task<IReadOnlyList<Officer>> ListEligibleAsync(EnforcementCategory category, DateOnly date);

    /// <summary>
    /// Replaces the agency's rows of the public officer list (<see cref="IPublishedOfficersGrain"/>) with the roster's
    /// officers, should the read model be lost or doubted; returns how many were written.
    /// </summary>
    Task<int> RebuildPublishedAsync();
}
