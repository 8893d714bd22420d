using SanXiang.Silo.Accounts;
using SanXiang.Silo.Officers;

namespace SanXiang.Silo.Host.Catalog;

/// <summary>A demo sign-in for one role in one seed agency; <paramref name="Officer"/> the roster officer it signs in as, if any.</summary>
public sealed record DemoAccount(string UserName, string DisplayName, Membership Membership, Officer? Officer = null);
