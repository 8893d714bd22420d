namespace SanXiang.Silo.Officers;

/// <summary>
/// One agency's public 执法人员清单 read from the read model (<c>published_officers</c>), which the roster keeps current:
/// anonymous traffic never wakes the roster or an officer grain. A stateless worker. Key: the tenant id.
/// </summary>
public interface IPublishedOfficersGrain : IGrainWithStringKey
{
    /// <summary>A page of the agency's officers (<paramref name="first"/> 1–200), by unit, then certificate number.</summary>
    Task<PublishedOfficerPage> ListAsync(int first, string? after);

    /// <summary>The agency's officer holding this certificate number (spaces and case ignored), or null.</summary>
    Task<PublishedOfficer?> FindAsync(string certificateNumber);

    /// <summary>The agency's officers whose certificate number is <paramref name="text"/> or whose name starts with it, at most <paramref name="first"/>.</summary>
    Task<IReadOnlyList<PublishedOfficer>> SearchAsync(string text, int first);
}
