namespace SanXiang.Domain.Accounts;

/// <summary>
/// How long an account refuses sign-in after wrong passwords (等保 2.0, GB/T 22239-2019 安全计算环境·身份鉴别:
/// 登录失败处理功能 — limit the attempts and lock out). Five wrong passwords in a row are allowed;
/// the fifth locks the account for a minute, and every further wrong password after a lock ends
/// locks it twice as long, up to an hour. A right password ends the series; so does a day without
/// a wrong one. While locked, no password is checked at all — the right one included — so the lock
/// cannot be used to test guesses.
/// </summary>
public sealed record SignInLockout(int Failures, DateTimeOffset? LastFailure, DateTimeOffset? LockedUntil)
{
    public const int FreeAttempts = 5;

    public static readonly TimeSpan FirstLock = TimeSpan.FromMinutes(1);

    public static readonly TimeSpan LongestLock = TimeSpan.FromHours(1);

    public static readonly TimeSpan Memory = TimeSpan.FromDays(1);

    public static SignInLockout None { get; } = new(0, null, null);

    public bool IsLocked(DateTimeOffset now) => LockedUntil > now;

    public SignInLockout AfterFailure(DateTimeOffset now)
    {
        var failures = (LastFailure is { } last && now - last > Memory ? 0 : Failures) + 1;
        return failures < FreeAttempts
            ? new SignInLockout(failures, now, null)
            : new SignInLockout(failures, now, now + LockFor(failures));
    }

    /// <summary>The lock after the <paramref name="failures"/>-th wrong password in a row: 1, 2, 4 … minutes from the fifth, at most an hour.</summary>
    public static TimeSpan LockFor(int failures)
    {
        if (failures < FreeAttempts)
        {
            return TimeSpan.Zero;
        }

        var doublings = Math.Min(failures - FreeAttempts, 10);
        var lockFor = FirstLock * (1 << doublings);
        return lockFor < LongestLock ? lockFor : LongestLock;
    }

    /// <summary>The Chinese reason sign-in is refused while locked.</summary>
    public string Reason(DateTimeOffset now)
    {
        var minutes = LockedUntil is { } until ? Math.Max(1, (int)Math.Ceiling((until - now).TotalMinutes)) : 0;
        return $"密码已连续输错 {Failures} 次，账户暂时锁定，请 {minutes} 分钟后再试。";
    }
}
