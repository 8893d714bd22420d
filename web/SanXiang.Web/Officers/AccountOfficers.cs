using SanXiang.Domain.Errors;
using SanXiang.Silo;
using SanXiang.Silo.Accounts;
using SanXiang.Silo.Officers;

namespace SanXiang.Web.Officers;

/// <summary>
/// Which officer an account signs in as (its membership's <see cref="Membership.OfficerId"/>, set
/// when an administrator adds the officer with the account's user name), and the people behind the
/// accounts a case's record names as actors. Callers check access first; this only looks up.
/// </summary>
public sealed class AccountOfficers(IGrainFactory grains)
{
    /// <summary>The officer <paramref name="userName"/> signs in as in the agency, or null when none is linked or the officer is no longer listed.</summary>
    public async Task<Officer?> OfficerOfAsync(string userName, string tenantId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userName);
        var account = await grains.GetGrain<IAccountGrain>(AccountKey.For(userName)).GetAsync();
        return OfficerIdIn(account, tenantId) is { } officerId ? await OfficerAsync(tenantId, officerId) : null;
    }

    /// <summary>
    /// NOT_FOUND, VALIDATION_FAILED or ACCOUNT_ALREADY_LINKED (in Chinese) unless the account exists, holds a role in the
    /// agency and is linked to no officer there yet; checked before an officer is added, so a refused link adds nothing.
    /// </summary>
    public async Task RequireLinkableAsync(string userName, string tenantId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userName);
        var account = await grains.GetGrain<IAccountGrain>(AccountKey.For(userName)).GetAsync()
            ?? throw new SanXiangException(ErrorCodes.NotFound, $"登录账号“{userName}”不存在。");
        if (!account.Memberships.Any(m => m.TenantId == tenantId))
        {
            throw new SanXiangException(ErrorCodes.ValidationFailed, $"登录账号“{userName}”不属于本机关。");
        }

        if (OfficerIdIn(account, tenantId) is { } linked)
        {
            throw new SanXiangException(ErrorCodes.AccountAlreadyLinked, $"登录账号“{userName}”已关联本机关的执法人员（证件编号“{linked}”），一个账号只能关联一名执法人员。");
        }
    }

    /// <summary>
    /// Adds <paramref name="officer"/> to the agency's roster and, when <paramref name="userName"/> is given, links that
    /// account to them; the link is checked first (<see cref="RequireLinkableAsync"/>). The console's officer form and
    /// <c>addOfficer</c> both add through here. Run in the agency's call context, after the caller's rights were checked.
    /// </summary>
    public async Task<Officer> AddAsync(string tenantId, Officer officer, string? userName)
    {
        ArgumentNullException.ThrowIfNull(officer);
        var account = string.IsNullOrWhiteSpace(userName) ? null : userName.Trim();
        if (account is not null)
        {
            await RequireLinkableAsync(account, tenantId);
        }

        var added = await grains.GetGrain<IOfficerRosterGrain>(tenantId).AddAsync(officer);
        if (account is not null)
        {
            await LinkAsync(account, tenantId, added.Id);
        }

        return added;
    }

    public Task LinkAsync(string userName, string tenantId, string officerId) =>
        grains.GetGrain<IAccountGrain>(AccountKey.For(userName)).LinkOfficerAsync(tenantId, officerId);

    /// <summary>
    /// How the record's actors read to people: the linked officer's name and certificate number, else
    /// the account's display name. An account that no longer exists keeps its user name: the record
    /// must still say who acted.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string>> NamesAsync(string tenantId, IEnumerable<string> userNames)
    {
        ArgumentNullException.ThrowIfNull(userNames);
        Dictionary<string, string> names = new(StringComparer.Ordinal);
        foreach (var userName in userNames.Where(n => !string.IsNullOrWhiteSpace(n)).Distinct(StringComparer.Ordinal))
        {
            var account = await grains.GetGrain<IAccountGrain>(AccountKey.For(userName)).GetAsync();
            var officer = OfficerIdIn(account, tenantId) is { } officerId ? await OfficerAsync(tenantId, officerId) : null;
            names[userName] = officer is not null ? $"{officer.Name}（{officer.CertificateNumber}）" : account?.DisplayName ?? userName;
        }

        return names;
    }

    private static string? OfficerIdIn(Account? account, string tenantId) =>
        account?.Memberships.FirstOrDefault(m => m.TenantId == tenantId && m.OfficerId is not null)?.OfficerId;

    // On behalf of the agency whose officer it is, so the silo's tenant guard sees a call of that agency.
    private Task<Officer?> OfficerAsync(string tenantId, string officerId) =>
        TenantCallContext.RunAsync(tenantId, () => grains.GetGrain<IOfficerGrain>(GrainKeys.For(tenantId, officerId)).GetAsync());
}
