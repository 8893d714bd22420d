using System.Globalization;
using SanXiang.Silo.Accounts;
using SanXiang.Web.Auth;

namespace SanXiang.Web.Components.Account;

/// <summary>
/// Why sign-in failed, carried from the form's endpoint to the sign-in page in the query string:
/// a short key and, for a lock, the minutes to wait. The page words it, so a crafted link can only
/// choose among these sentences.
/// </summary>
public static class LoginError
{
    public const string PasswordChanged = "changed";

    public static string QueryFor(SignInAttempt attempt)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        return attempt.Refusal switch
        {
            SignInRefusal.Locked => "error=locked&wait=" + Math.Max(1, (int)Math.Ceiling(attempt.RetryAfter?.TotalMinutes ?? 1)).ToString(CultureInfo.InvariantCulture),
            SignInRefusal.Disabled => "error=disabled",
            SignInRefusal.TooManyAttempts => "error=throttled",
            _ => "error=1",
        };
    }

    public static string Message(string? key, int? wait) => key switch
    {
        "locked" => $"密码已连续输错多次，账户暂时锁定，请 {Math.Clamp(wait ?? 1, 1, 60)} 分钟后再试。",
        "disabled" => "该账户已停用，请联系管理员。",
        "throttled" => SignInRefusals.TooManyAttempts,
        PasswordChanged => "密码已修改，所有登录均已退出，请用新密码登录。",
        _ => SignInRefusals.WrongPassword,
    };
}
