namespace SanXiang.Domain.Accounts;

/// <summary>
/// What a new password must be (NIST SP 800-63B §3.1.1.2, in the Chinese wording the console
/// shows): at least 10 characters and at most 128, of at least two kinds (letters, digits, other
/// characters), not the user name nor containing it, and not a password that attackers try first —
/// neither one of <see cref="CommonPasswords"/> nor one of them with digits or symbols added at the
/// end (password2026!, woaini1314). Returns the Chinese reason a password is refused, or null.
/// </summary>
public static class PasswordPolicy
{
    public const int MinimumLength = 10;

    /// <summary>Long enough for any passphrase; the hasher need not work on megabytes.</summary>
    public const int MaximumLength = 128;

    // A shorter word with a number after it is still a guess ("qq" + 12345678 is not), so only
    // words of this length or more count as the common part of a longer password.
    private const int MinimumCommonStem = 4;

    public static string? Problem(string userName, string? password)
    {
        ArgumentNullException.ThrowIfNull(userName);
        if (string.IsNullOrEmpty(password) || password.Length < MinimumLength)
        {
            return $"新密码至少需要 {MinimumLength} 个字符。";
        }

        if (password.Length > MaximumLength)
        {
            return $"新密码最多 {MaximumLength} 个字符。";
        }

        if (userName.Length > 0 && password.Contains(userName, StringComparison.OrdinalIgnoreCase))
        {
            return "新密码不能与用户名相同，也不能包含用户名。";
        }

        var kinds = (password.Any(char.IsLetter) ? 1 : 0)
            + (password.Any(char.IsDigit) ? 1 : 0)
            + (password.Any(c => !char.IsLetterOrDigit(c)) ? 1 : 0);
        if (kinds < 2)
        {
            return "新密码需包含字母、数字、符号中的至少两类。";
        }

        return IsCommon(password) ? "该密码是常见密码或其简单变形，容易被猜中，请换一个。" : null;
    }

    private static bool IsCommon(string password)
    {
        if (CommonPasswords.Contains(password))
        {
            return true;
        }

        var stem = WithoutTrailingNonLetters(password);
        return stem.Length >= MinimumCommonStem && stem.Length < password.Length && CommonPasswords.Contains(stem);
    }

    private static string WithoutTrailingNonLetters(string text)
    {
        var end = text.Length;
        while (end > 0 && !char.IsLetter(text[end - 1]))
        {
            end--;
        }

        return text[..end];
    }
}
