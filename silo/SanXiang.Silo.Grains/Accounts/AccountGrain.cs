using Microsoft.AspNetCore.Identity;
using SanXiang.Domain.Accounts;
using SanXiang.Silo.Accounts;
using SanXiang.Domain.Errors;

namespace SanXiang.Silo.Grains.Accounts;

public sealed class AccountGrain(
    [PersistentState("account", Names.Storage)] IPersistentState<AccountGrain.State> state,
    IPasswordHasher<Account> hasher) : Grain, IAccountGrain
{
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
        state.State = new State { Account = account, PasswordHash = hasher.HashPassword(account, password) };
        await state.WriteStateAsync();
        return account;
    }

    public async Task<Account?> VerifyPasswordAsync(string password)
    {
        if (state.State is not { Account: { } account, PasswordHash: { } hash })
        {
            // Hash anyway, so that an unknown user name takes as long as a wrong password.
            hasher.HashPassword(new Account(string.Empty, string.Empty, false, []), password);
            return null;
        }

        switch (hasher.VerifyHashedPassword(account, hash, password))
        {
            case PasswordVerificationResult.Success:
                return account;
            case PasswordVerificationResult.SuccessRehashNeeded:
                state.State = state.State with { PasswordHash = hasher.HashPassword(account, password) };
                await state.WriteStateAsync();
                return account;
            default:
                return null;
        }
    }

    public async Task<bool> ChangePasswordAsync(string currentPassword, string newPassword)
    {
        if (await VerifyPasswordAsync(currentPassword) is not { } account)
        {
            return false;
        }

        if (PasswordPolicy.Problem(account.UserName, newPassword) is { } problem)
        {
            throw new SanXiangException(ErrorCodes.ValidationFailed, problem);
        }

        state.State = state.State with { PasswordHash = hasher.HashPassword(account, newPassword) };
        await state.WriteStateAsync();
        return true;
    }

    [GenerateSerializer]
    public sealed record State
    {
        [Id(0)]
        public Account? Account { get; init; }

        [Id(1)]
        public string? PasswordHash { get; init; }
    }
}
