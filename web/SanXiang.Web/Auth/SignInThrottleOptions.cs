namespace SanXiang.Web.Auth;

/// <summary>
/// <c>SanXiang:SignIn</c>: how many wrong passwords one client address may send before it waits.
/// Only failures count, so an office behind one NAT address where everyone signs in at 8:30 is not
/// held up; an address that guesses gets a burst of <see cref="FailuresPerAddress"/> and then
/// <see cref="FailuresPerMinute"/> a minute.
/// </summary>
public sealed class SignInThrottleOptions
{
    public const string Section = "SanXiang:SignIn";

    public int FailuresPerAddress { get; set; } = 20;

    public int FailuresPerMinute { get; set; } = 4;
}
