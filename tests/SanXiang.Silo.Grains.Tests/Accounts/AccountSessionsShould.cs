using SanXiang.Silo.Accounts;
using SanXiang.Domain.Errors;

namespace SanXiang.Silo.Grains.Tests.Accounts;

[Collection(ClusterCollection.Name)]
public class AccountSessionsShould(ClusterFixture fixture)
{
    private const string Password = "Correct-Horse-9";

    private static readonly TimeSpan Hours = TimeSpan.FromHours(8);

    [Fact]
    public async Task KeepASessionLiveUntilItEnds()
    {
        var grain = await CreateAsync();
        var signIn = await grain.SignInAsync(Password, SessionKind.Api, Hours);

        Assert.True(signIn.Succeeded);
        Assert.True(await grain.IsSessionLiveAsync(signIn.Session!.Id, signIn.SecurityStamp!));

        await grain.EndSessionAsync(signIn.Session.Id);

        Assert.False(await grain.IsSessionLiveAsync(signIn.Session.Id, signIn.SecurityStamp!));
    }

    [Fact]
    public async Task EndEverySessionWhenThePasswordChanges()
    {
        var grain = await CreateAsync();
        var console = await grain.SignInAsync(Password, SessionKind.Console, Hours);
        var api = await grain.SignInAsync(Password, SessionKind.Api, Hours);

        Assert.True(await grain.ChangePasswordAsync(Password, "New-Horse-10"));

        Assert.False(await grain.IsSessionLiveAsync(console.Session!.Id, console.SecurityStamp!));
        Assert.False(await grain.IsSessionLiveAsync(api.Session!.Id, api.SecurityStamp!));
        var again = await grain.SignInAsync("New-Horse-10", SessionKind.Api, Hours);
        Assert.NotEqual(api.SecurityStamp, again.SecurityStamp);
        Assert.True(await grain.IsSessionLiveAsync(again.Session!.Id, again.SecurityStamp!));
    }

    [Fact]
    public async Task EndTheOtherSessionsOnly()
    {
        var grain = await CreateAsync();
        var mine = await grain.SignInAsync(Password, SessionKind.Console, Hours);
        var other = await grain.SignInAsync(Password, SessionKind.Api, Hours);

        Assert.Equal(1, await grain.EndOtherSessionsAsync(mine.Session!.Id));

        Assert.True(await grain.IsSessionLiveAsync(mine.Session.Id, mine.SecurityStamp!));
        Assert.False(await grain.IsSessionLiveAsync(other.Session!.Id, other.SecurityStamp!));
    }

    [Fact]
    public async Task RefuseADeactivatedAccountAndEndItsSessions()
    {
        var grain = await CreateAsync();
        var signIn = await grain.SignInAsync(Password, SessionKind.Api, Hours);

        await grain.SetActiveAsync(false);

        Assert.False(await grain.IsSessionLiveAsync(signIn.Session!.Id, signIn.SecurityStamp!));
        var refused = await grain.SignInAsync(Password, SessionKind.Api, Hours);
        Assert.Equal(SignInRefusal.Disabled, refused.Refusal);

        await grain.SetActiveAsync(true);
        Assert.True((await grain.SignInAsync(Password, SessionKind.Api, Hours)).Succeeded);
    }

    [Fact]
    public async Task LockAfterFiveWrongPasswordsAndRefuseEvenTheRightOne()
    {
        var grain = await CreateAsync();
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(SignInRefusal.WrongPassword, (await grain.SignInAsync("wrong-" + i, SessionKind.Api, Hours)).Refusal);
        }

        Assert.Equal(SignInRefusal.WrongPassword, (await grain.SignInAsync("wrong-5", SessionKind.Api, Hours)).Refusal);
        var locked = await grain.SignInAsync(Password, SessionKind.Api, Hours);

        Assert.Equal(SignInRefusal.Locked, locked.Refusal);
        Assert.Contains("请 1 分钟后再试", locked.Reason, StringComparison.Ordinal);
        Assert.Null(await grain.VerifyPasswordAsync(Password));
    }

    [Fact]
    public async Task LockAnUnknownUserNameAlikeSoTheLockTellsNothing()
    {
        var grain = fixture.Grains.GetGrain<IAccountGrain>(AccountKey.For("nobody-" + Guid.NewGuid().ToString("N")));
        for (var i = 0; i < 5; i++)
        {
            await grain.SignInAsync("guess-" + i, SessionKind.Api, Hours);
        }

        Assert.Equal(SignInRefusal.Locked, (await grain.SignInAsync("guess-6", SessionKind.Api, Hours)).Refusal);
    }

    [Fact]
    public async Task RefuseToDeactivateAnUnknownAccount()
    {
        var error = await Assert.ThrowsAsync<SanXiangException>(() => fixture.Grains.GetGrain<IAccountGrain>(AccountKey.For("nobody-" + Guid.NewGuid().ToString("N"))).SetActiveAsync(false));

        Assert.Equal(ErrorCodes.NotFound, error.Code);
    }

    private async Task<IAccountGrain> CreateAsync()
    {
        var grain = fixture.Grains.GetGrain<IAccountGrain>(AccountKey.For(Samples.NewTenantId() + ".officer"));
        await grain.CreateAsync("执法人员", Password, false, []);
        return grain;
    }
}
