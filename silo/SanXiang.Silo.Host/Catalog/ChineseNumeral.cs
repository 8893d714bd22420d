namespace SanXiang.Silo.Host.Catalog;

/// <summary>The task-group numbers of a ledger (一 … 九十九), as the plans write them.</summary>
internal static class ChineseNumeral
{
    private const string Digits = "一二三四五六七八九";

    public static int? Parse(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var ten = text.IndexOf('十', StringComparison.Ordinal);
        if (ten < 0)
        {
            return text.Length == 1 ? Digit(text[0]) : null;
        }

        if (ten != text.LastIndexOf('十') || text.Length > 3)
        {
            return null;
        }

        var tens = ten == 0 ? 1 : ten == 1 ? Digit(text[0]) : null;
        var units = ten == text.Length - 1 ? 0 : ten == text.Length - 2 ? Digit(text[^1]) : null;
        return tens * 10 + units;
    }

    public static string Format(int value) => value switch
    {
        < 1 or > 99 => throw new ArgumentOutOfRangeException(nameof(value)),
        < 10 => Digits[value - 1].ToString(),
        _ => (value / 10 == 1 ? string.Empty : Digits[(value / 10) - 1].ToString()) + "十" + (value % 10 == 0 ? string.Empty : Digits[(value % 10) - 1].ToString()),
    };

    private static int? Digit(char c)
    {
        var index = Digits.IndexOf(c, StringComparison.Ordinal);
        return index < 0 ? null : index + 1;
    }
}
