namespace SanXiang.Silo.Accounts;

public static class AccountKey
{
    /// <summary>User names are case-insensitive; the key uses the lower-case form.</summary>
    public static string For(string userName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userName);
        return GrainKeys.For(GrainKeys.Platform, userName.Trim().ToLowerInvariant());
    }
}
