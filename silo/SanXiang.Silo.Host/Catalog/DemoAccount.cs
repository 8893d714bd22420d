using SanXiang.Silo.Accounts;

namespace SanXiang.Silo.Host.Catalog;

/// <summary>A demo sign-in for one role in one seed agency.</summary>
public sealed record DemoAccount(string UserName, string DisplayName, Membership Membership);
