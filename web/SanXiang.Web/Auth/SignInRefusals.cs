using SanXiang.Silo.Accounts;
using SanXiang.Domain.Errors;

namespace SanXiang.Web.Auth;

/// <summary>A refused sign-in as both front doors tell it: a stable code for the API, a Chinese sentence for people.</summary>
public static class SignInRefusals
{
    public const string WrongPassword = "用户名或密码错误。";

    public const string TooManyAttempts = "该网络地址登录失败次数过多，请稍后（约 1 分钟）再试。";

    public static string Code(SignInRefusal refusal) => refusal switch
    {
        SignInRefusal.Locked => ErrorCodes.AccountLocked,
        SignInRefusal.Disabled => ErrorCodes.AccountDisabled,
        SignInRefusal.TooManyAttempts => ErrorCodes.TooManyAttempts,
        _ => ErrorCodes.InvalidCredentials,
    };

    public static string Message(SignInAttempt attempt)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        return attempt.Refusal switch
        {
            SignInRefusal.TooManyAttempts => TooManyAttempts,
            SignInRefusal.Locked or SignInRefusal.Disabled when attempt.Reason is { } reason => reason,
            _ => WrongPassword,
        };
    }

    public static SanXiangException Exception(SignInAttempt attempt) => new(Code(attempt.Refusal), Message(attempt));
}
