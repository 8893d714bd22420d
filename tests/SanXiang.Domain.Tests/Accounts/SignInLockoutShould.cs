using SanXiang.Domain.Accounts;

namespace SanXiang.Domain.Tests.Accounts;

public class SignInLockoutShould
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AllowFourWrongPasswordsAndLockAtTheFifth()
    {
        var lockout = SignInLockout.None;
        for (var i = 0; i < 4; i++)
        {
            lockout = lockout.AfterFailure(Start.AddSeconds(i));
            Assert.False(lockout.IsLocked(Start.AddSeconds(i)));
        }

        lockout = lockout.AfterFailure(Start.AddSeconds(4));

        Assert.True(lockout.IsLocked(Start.AddSeconds(5)));
        Assert.False(lockout.IsLocked(Start.AddSeconds(4) + SignInLockout.FirstLock));
        Assert.Equal("密码已连续输错 5 次，账户暂时锁定，请 1 分钟后再试。", lockout.Reason(Start.AddSeconds(5)));
    }

    [Fact]
    public void DoubleTheLockWithEveryFurtherWrongPasswordUpToAnHour() =>
        Assert.Equal(
            [0, 1, 2, 4, 8, 16, 32, 60, 60],
            Enumerable.Range(4, 9).Select(f => SignInLockout.LockFor(f).TotalMinutes));

    [Fact]
    public void ForgetWrongPasswordsAfterAQuietDay()
    {
        var lockout = SignInLockout.None;
        for (var i = 0; i < 4; i++)
        {
            lockout = lockout.AfterFailure(Start);
        }

        var later = lockout.AfterFailure(Start + SignInLockout.Memory + TimeSpan.FromMinutes(1));

        Assert.Equal(1, later.Failures);
        Assert.Null(later.LockedUntil);
    }
}
