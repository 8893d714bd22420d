using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using SanXiang.Domain.Accounts;
using SanXiang.Silo.Accounts;
using SanXiang.Domain.Errors;

namespace SanXiang.Silo.Grains.Accounts;

public sealed class AccountGrain(
    [PersistentState("account", Names.Storage)] IPersistentState<AccountGrain.State> state,
    IPasswordHasher<Account> hasher,
    TimeProvider clock) : Grain, IAccountGrain
{
    // A person signs in from a few places; more live sessions than this are stale ones, and the oldest goes.
    private const int MaxSessions = 20;

    // Wrong passwords for a user name that has no account are counted in memory only, so that a
    // locked answer does not tell which user names exist and guessed names leave nothing in storage.
    private SignInLockout unknownLockout = SignInLockout.None;

    public Task<Account?> GetAsync() => Task.FromResult(state.State.Account);

    public async Task<Account> CreateAsync(string displayName, string password, bool isPlatformAdmin, IReadOnlyList<Membership> memberships)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(password);
        if (state.State.Account is not null)
        {
            throw new SanXiangException(ErrorCodes.Conflict, "该用户名已存在。");
        }

        var userName = this.GetPrimaryKeyString()[(GrainKeys.Platform.Length + 1)..];
        var account = new Account(userName, displayName, isPlatformAdmin, memberships);
        state.State = new State { Account = account, PasswordHash = hasher.HashPassword(account, password), SecurityStamp = NewSecret() };
        await state.WriteStateAsync();
        return account;
    }

    public async Task<Account?> VerifyPasswordAsync(string password) => (await CheckPasswordAsync(password)).Account;

    public async Task<SignInAttempt> SignInAsync(string password, SessionKind kind, TimeSpan lifetime)
    {
        var checkedPassword = await CheckPasswordAsync(password);
        if (!checkedPassword.Succeeded)
        {
            return checkedPassword;
        }

        var now = clock.GetUtcNow();
        var session = new AccountSession(NewSecret(), kind, now, now + lifetime);
        var sessions = state.State.Sessions.Where(s => s.ExpiresAt > now).OrderByDescending(s => s.StartedAt).Take(MaxSessions - 1).Append(session);

        // Accounts created before sessions were recorded have no stamp yet.
        state.State = state.State with { Sessions = [.. sessions], SecurityStamp = state.State.SecurityStamp ?? NewSecret() };
        await state.WriteStateAsync();
        return checkedPassword with { Session = session, SecurityStamp = state.State.SecurityStamp };
    }

    public Task<bool> IsSessionLiveAsync(string sessionId, string securityStamp)
    {
        var now = clock.GetUtcNow();
        var live = state.State is { Account: not null, Disabled: false } current
            && string.Equals(current.SecurityStamp, securityStamp, StringComparison.Ordinal)
            && current.Sessions.Any(s => s.Id == sessionId && s.ExpiresAt > now);
        return Task.FromResult(live);
    }

    public async Task EndSessionAsync(string sessionId)
    {
        if (state.State.Sessions.Any(s => s.Id == sessionId))
        {
            state.State = state.State with { Sessions = [.. state.State.Sessions.Where(s => s.Id != sessionId)] };
            await state.WriteStateAsync();
        }
    }

    public async Task<int> EndOtherSessionsAsync(string sessionId)
    {
        var ended = state.State.Sessions.Count(s => s.Id != sessionId);
        if (ended > 0)
        {
            state.State = state.State with { Sessions = [.. state.State.Sessions.Where(s => s.Id == sessionId)] };
            await state.WriteStateAsync();
        }

        return ended;
    }

    public async Task<bool> ChangePasswordAsync(string currentPassword, string newPassword)
    {
        if ((await CheckPasswordAsync(currentPassword)).Account is not { } account)
        {
            return false;
        }

        if (PasswordPolicy.Problem(account.UserName, newPassword) is { } problem)
        {
            throw new SanXiangException(ErrorCodes.ValidationFailed, problem);
        }

        state.State = state.State with { PasswordHash = hasher.HashPassword(account, newPassword), SecurityStamp = NewSecret(), Sessions = [] };
        await state.WriteStateAsync();
        return true;
    }

    public async Task<Account> LinkOfficerAsync(string tenantId, string officerId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(officerId);
        if (state.State.Account is not { } account)
        {
            throw new SanXiangException(ErrorCodes.NotFound, "该用户不存在。");
        }

        if (!account.Memberships.Any(m => m.TenantId == tenantId))
        {
            throw new SanXiangException(ErrorCodes.ValidationFailed, $"账号“{account.UserName}”不属于本机关，不能关联为本机关的执法人员。");
        }

        // One account is one person: linked to a second officer, it could act (and review) as either of them.
        if (account.Memberships.FirstOrDefault(m => m.TenantId == tenantId && m.OfficerId is not null) is { } linkedTo)
        {
            return linkedTo.OfficerId == officerId
                ? account
                : throw new SanXiangException(ErrorCodes.AccountAlreadyLinked, $"登录账号“{account.UserName}”已关联本机关的执法人员（证件编号“{linkedTo.OfficerId}”），一个账号只能关联一名执法人员。");
        }

        var linked = account with { Memberships = [.. account.Memberships.Select(m => m.TenantId == tenantId ? m with { OfficerId = officerId } : m)] };
        state.State = state.State with { Account = linked };
        await state.WriteStateAsync();
        return linked;
    }

    public async Task SetActiveAsync(bool active)
    {
        if (state.State.Account is null)
        {
            throw new SanXiangException(ErrorCodes.NotFound, "该用户不存在。");
        }

        state.State = active
            ? state.State with { Disabled = false }
            : state.State with { Disabled = true, SecurityStamp = NewSecret(), Sessions = [] };
        await state.WriteStateAsync();
    }

    private async Task<SignInAttempt> CheckPasswordAsync(string password)
    {
        var now = clock.GetUtcNow();
        if (state.State is not { Account: { } account, PasswordHash: { } hash })
        {
            // Hash anyway, so that an unknown user name takes as long as a wrong password.
            hasher.HashPassword(new Account(string.Empty, string.Empty, false, []), password);
            if (unknownLockout.IsLocked(now))
            {
                return Locked(unknownLockout, now);
            }

            unknownLockout = unknownLockout.AfterFailure(now);
            return Refused(SignInRefusal.WrongPassword, null);
        }

        var lockout = state.State.Lockout;
        if (lockout.IsLocked(now))
        {
            return Locked(lockout, now);
        }

        var result = hasher.VerifyHashedPassword(account, hash, password);
        if (result == PasswordVerificationResult.Failed)
        {
            state.State = state.State with { Lockout = lockout.AfterFailure(now) };
            await state.WriteStateAsync();
            return Refused(SignInRefusal.WrongPassword, null);
        }

        // The password is right; a deactivated account says so only now, so that its state is no
        // hint to someone who does not know the password.
        if (state.State.Disabled)
        {
            return Refused(SignInRefusal.Disabled, "该账户已停用，请联系管理员。");
        }

        if (result == PasswordVerificationResult.SuccessRehashNeeded || lockout.Failures > 0)
        {
            var rehashed = result == PasswordVerificationResult.SuccessRehashNeeded ? hasher.HashPassword(account, password) : hash;
            state.State = state.State with { PasswordHash = rehashed, Lockout = SignInLockout.None };
            await state.WriteStateAsync();
        }

        return new SignInAttempt(account, null, state.State.SecurityStamp, SignInRefusal.None, null);
    }

    private static SignInAttempt Refused(SignInRefusal refusal, string? reason) => new(null, null, null, refusal, reason);

    private static SignInAttempt Locked(SignInLockout lockout, DateTimeOffset now) =>
        new(null, null, null, SignInRefusal.Locked, lockout.Reason(now), lockout.LockedUntil - now);

    private static string NewSecret() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    [GenerateSerializer]
    public sealed record State
    {
        [Id(0)]
        public Account? Account { get; init; }

        [Id(1)]
        public string? PasswordHash { get; init; }

        /// <summary>Renewed by a password change and a deactivation: every ticket that carries the old one stops working.</summary>
        [Id(2)]
        public string? SecurityStamp { get; init; }

        [Id(3)]
        public bool Disabled { get; init; }

        [Id(4)]
        public int Failures { get; init; }

        [Id(5)]
        public DateTimeOffset? LastFailure { get; init; }

        [Id(6)]
        public DateTimeOffset? LockedUntil { get; init; }

        [Id(7)]
        public IReadOnlyList<AccountSession> Sessions { get; init; } = [];

        public SignInLockout Lockout
        {
            get => new(Failures, LastFailure, LockedUntil);
            init => (Failures, LastFailure, LockedUntil) = (value.Failures, value.LastFailure, value.LockedUntil);
        }
    }
}
