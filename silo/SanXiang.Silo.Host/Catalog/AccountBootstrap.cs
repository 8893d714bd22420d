using Microsoft.Extensions.Logging;
using SanXiang.Silo.Accounts;
using SanXiang.Domain.Errors;
using SanXiang.Silo.Officers;

namespace SanXiang.Silo.Host.Catalog;

/// <summary>
/// Creates the platform administrator on first start and, when demo data is on, the demo accounts.
/// An account that exists is never touched again: its password may have been changed since.
/// </summary>
public sealed partial class AccountBootstrap(IGrainFactory grains, SanXiangOptions options, ILogger<AccountBootstrap> logger)
{
    /// <summary>
    /// Creates the administrator from <c>SanXiang:Admin:Password</c>, or with a generated password
    /// written once to <paramref name="console"/>. Returns whether the account was created now.
    /// </summary>
    public async Task<bool> EnsureAdminAsync(TextWriter console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var userName = string.IsNullOrWhiteSpace(options.Admin.UserName) ? "admin" : options.Admin.UserName.Trim();
        var configured = options.Admin.Password;
        var password = string.IsNullOrEmpty(configured) ? AdminPassword.Generate() : configured;
        if (!await CreateAsync(userName, "平台管理员", password, isPlatformAdmin: true, []))
        {
            return false;
        }

        if (string.IsNullOrEmpty(configured))
        {
            await console.WriteLineAsync(Banner(userName, password));
            await console.FlushAsync();
        }

        LogAdminCreated(userName);
        return true;
    }

    /// <summary>
    /// Creates the demo accounts that do not exist yet, with the officers they sign in as (<see cref="DemoAccount.Officer"/>);
    /// returns how many accounts were created. A demo account made before it had an officer, and still linked to none,
    /// is linked now: otherwise its reviewer could never review.
    /// </summary>
    public async Task<int> EnsureDemoAccountsAsync(SeedCatalog catalog)
    {
        var created = 0;
        foreach (var demo in DemoAccounts.For(catalog))
        {
            if (demo.Officer is { } officer)
            {
                await EnsureOfficerAsync(demo.Membership.TenantId, officer);
            }

            if (await CreateAsync(demo.UserName, demo.DisplayName, DemoAccounts.Password, isPlatformAdmin: false, [demo.Membership]))
            {
                created++;
            }
            else if (demo.Officer is { } linked)
            {
                await LinkIfUnlinkedAsync(demo.UserName, demo.Membership.TenantId, linked.Id);
            }
        }

        LogDemoAccounts(created);
        return created;
    }

    private async Task EnsureOfficerAsync(string tenantId, Officer officer)
    {
        var roster = grains.GetGrain<IOfficerRosterGrain>(tenantId);
        if (await roster.FindAsync(officer.CertificateNumber) is not null)
        {
            return;
        }

        try
        {
            await roster.AddAsync(officer);
        }
        catch (SanXiangException ex) when (ex.Code == ErrorCodes.Conflict)
        {
            // Another silo starting at the same time added it first.
        }
    }

    private async Task LinkIfUnlinkedAsync(string userName, string tenantId, string officerId)
    {
        var account = grains.GetGrain<IAccountGrain>(AccountKey.For(userName));
        if (await account.GetAsync() is { } existing && existing.Memberships.Any(m => m.TenantId == tenantId && m.OfficerId is null)
            && !existing.Memberships.Any(m => m.TenantId == tenantId && m.OfficerId is not null))
        {
            await account.LinkOfficerAsync(tenantId, officerId);
        }
    }

    private async Task<bool> CreateAsync(string userName, string displayName, string password, bool isPlatformAdmin, IReadOnlyList<Membership> memberships)
    {
        var account = grains.GetGrain<IAccountGrain>(AccountKey.For(userName));
        if (await account.GetAsync() is not null)
        {
            return false;
        }

        try
        {
            await account.CreateAsync(displayName, password, isPlatformAdmin, memberships);
            return true;
        }
        catch (SanXiangException ex) when (ex.Code == ErrorCodes.Conflict)
        {
            // Another silo starting at the same time created it first; that one's creation stands.
            return false;
        }
    }

    private static string Banner(string userName, string password)
    {
        var rule = new string('=', 72);
        return string.Join(
            Environment.NewLine,
            rule,
            "SanXiang 平台管理员初始密码 / platform administrator's first password",
            $"  用户名 user name: {userName}",
            $"  密码   password:  {password}",
            "此密码只显示这一次，请登录后立即修改。This is shown once: sign in and change it.",
            "（设置 SanXiang:Admin:Password 可指定初始密码。）",
            rule);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Platform administrator {UserName} created.")]
    private partial void LogAdminCreated(string userName);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo accounts: {Created} created.")]
    private partial void LogDemoAccounts(int created);
}
