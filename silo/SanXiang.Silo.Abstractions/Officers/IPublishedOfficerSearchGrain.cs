namespace SanXiang.Silo.Officers;

/// <summary>
/// The public officer look-up across every agency (网上可查询, DOMAIN.md §1), one indexed query of the read model.
/// A stateless worker. Key: <see cref="GrainKeys.Platform"/>.
/// </summary>
public interface IPublishedOfficerSearchGrain : IGrainWithStringKey
{
    /// <summary>Officers whose certificate number is <paramref name="text"/> (spaces and case ignored) or whose name starts with it, at most <paramref name="first"/> (1–200).</summary>
    Task<IReadOnlyList<PublishedOfficer>> SearchAsync(string text, int first);
}
