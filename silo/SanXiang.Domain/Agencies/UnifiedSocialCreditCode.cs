namespace SanXiang.Domain.Agencies;

/// <summary>
/// 统一社会信用代码 per GB 32100-2015: registering authority (1), entity type (1), area (6),
/// organisation code (9), check character (1).
/// </summary>
public static class UnifiedSocialCreditCode
{
    // GB 32100-2015 表 1: the code alphabet leaves out I, O, S, V and Z.
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    // GB 32100-2015 §5.2: weight of position i is 3^(i-1) mod 31.
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    public static CreditCodeCheck Check(string? code)
    {
        if (code is null || code.Length != 18)
        {
            return CreditCodeCheck.Malformed;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var value = Alphabet.IndexOf(code[i], StringComparison.Ordinal);
            if (value < 0)
            {
                return CreditCodeCheck.Malformed;
            }

            sum += value * Weights[i];
        }

        var last = Alphabet.IndexOf(code[17], StringComparison.Ordinal);
        if (last < 0)
        {
            return CreditCodeCheck.Malformed;
        }

        return last == CheckValue(sum) ? CreditCodeCheck.Valid : CreditCodeCheck.ChecksumMismatch;
    }

    /// <summary>The check character for the first 17 characters, for forms that want to suggest it.</summary>
    public static char CheckCharacter(string first17)
    {
        ArgumentNullException.ThrowIfNull(first17);
        if (first17.Length != 17)
        {
            throw new ArgumentException("需要统一社会信用代码的前 17 位。", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var value = Alphabet.IndexOf(first17[i], StringComparison.Ordinal);
            if (value < 0)
            {
                throw new ArgumentException($"第 {i + 1} 位“{first17[i]}”不是统一社会信用代码字符。", nameof(first17));
            }

            sum += value * Weights[i];
        }

        return Alphabet[CheckValue(sum)];
    }

    private static int CheckValue(int weightedSum) => (31 - (weightedSum % 31)) % 31;
}
