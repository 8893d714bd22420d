using SanXiang.Silo.Accounts;
using SanXiang.Domain.Errors;

namespace SanXiang.Silo.Grains.Tests.Accounts;

[Collection(ClusterCollection.Name)]
public class AccountGrainShould(ClusterFixture fixture)
{
    private const string Password = "Correct-Horse-9";

    [Fact]
    public async Task ReturnTheAccountForTheRightPassword()
    {
        var (grain, tenant) = await CreateAsync();

        var account = await grain.VerifyPasswordAsync(Password);
        Assert.NotNull(account);
        Assert.Equal([new Membership(tenant, TenantRole.Officer)], account.Memberships);
    }

    [Fact]
    public async Task ReturnNullForAWrongPassword()
    {
        var (grain, _) = await CreateAsync();

        Assert.Null(await grain.VerifyPasswordAsync("wrong-password"));
    }

    [Fact]
    public async Task ReturnNullForAnUnknownUser() =>
        Assert.Null(await fixture.Grains.GetGrain<IAccountGrain>(AccountKey.For("nobody-" + Guid.NewGuid().ToString("N"))).VerifyPasswordAsync(Password));

    [Fact]
    public async Task RefuseADuplicateWithConflict()
    {
        var (grain, _) = await CreateAsync();

        var error = await Assert.ThrowsAsync<SanXiangException>(() => grain.CreateAsync("另一个人", "Other-Pass-1", false, []));
        Assert.Equal(ErrorCodes.Conflict, error.Code);
        Assert.NotNull(await grain.VerifyPasswordAsync(Password));
    }

    [Fact]
    public async Task TreatUserNamesCaseInsensitively()
    {
        var name = "Officer-" + Guid.NewGuid().ToString("N")[..8];
        await fixture.Grains.GetGrain<IAccountGrain>(AccountKey.For(name)).CreateAsync("执法人员", Password, false, []);

        var account = await fixture.Grains.GetGrain<IAccountGrain>(AccountKey.For(name.ToUpperInvariant())).VerifyPasswordAsync(Password);
        Assert.Equal(name.ToLowerInvariant(), account!.UserName);
    }

    [Fact]
    public async Task ChangeThePasswordOnlyWithTheCurrentOne()
    {
        var (grain, _) = await CreateAsync();

        Assert.False(await grain.ChangePasswordAsync("wrong-password", "New-Horse-10"));
        Assert.NotNull(await grain.VerifyPasswordAsync(Password));

        Assert.True(await grain.ChangePasswordAsync(Password, "New-Horse-10"));
        Assert.Null(await grain.VerifyPasswordAsync(Password));
        Assert.NotNull(await grain.VerifyPasswordAsync("New-Horse-10"));
    }

    [Fact]
    public async Task RefuseAWeakNewPasswordAndKeepTheOldOne()
    {
        var (grain, _) = await CreateAsync();

        var error = await Assert.ThrowsAsync<SanXiangException>(() => grain.ChangePasswordAsync(Password, "short"));

        Assert.Equal(ErrorCodes.ValidationFailed, error.Code);
        Assert.NotNull(await grain.VerifyPasswordAsync(Password));
    }

    [Fact]
    public async Task LinkAnAccountToOneOfficerOfAnAgencyAndRefuseASecond()
    {
        var (grain, tenant) = await CreateAsync();

        await grain.LinkOfficerAsync(tenant, "431128A0001");
        var again = await grain.LinkOfficerAsync(tenant, "431128A0001");
        var error = await Assert.ThrowsAsync<SanXiangException>(() => grain.LinkOfficerAsync(tenant, "431128A0002"));

        Assert.Equal("431128A0001", Assert.Single(again.Memberships).OfficerId);
        Assert.Equal(ErrorCodes.AccountAlreadyLinked, error.Code);
        Assert.Contains("431128A0001", error.Message, StringComparison.Ordinal);
        Assert.Equal("431128A0001", Assert.Single((await grain.GetAsync())!.Memberships).OfficerId);
    }

    private async Task<(IAccountGrain Grain, string Tenant)> CreateAsync()
    {
        var tenant = Samples.NewTenantId();
        var grain = fixture.Grains.GetGrain<IAccountGrain>(AccountKey.For(tenant + ".officer"));
        await grain.CreateAsync("执法人员", Password, false, [new Membership(tenant, TenantRole.Officer)]);
        return (grain, tenant);
    }
}
