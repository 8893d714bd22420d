namespace SanXiang.Domain.Accounts;

/// <summary>
/// What a new password must be: at least 8 characters, of at least two kinds (letters, digits,
/// other characters), and not the user name. Returns the Chinese reason a password is refused, or null.
/// </summary>
public static class PasswordPolicy
{
    public const int MinimumLength = 8;

    public static string? Problem(string userName, string? password)
    {
        if (string.IsNullOrEmpty(password) || password.Length < MinimumLength)
        {
            return $"新密码至少需要 {MinimumLength} 个字符。";
        }

        if (string.Equals(password, userName, StringComparison.OrdinalIgnoreCase))
        {
            return "新密码不能与用户名相同。";
        }

        var kinds = (password.Any(char.IsLetter) ? 1 : 0)
            + (password.Any(char.IsDigit) ? 1 : 0)
            + (password.Any(c => !char.IsLetterOrDigit(c)) ? 1 : 0);
        return kinds < 2 ? "新密码需包含字母、数字、符号中的至少两类。" : null;
    }
}
