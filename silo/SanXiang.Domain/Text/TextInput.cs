using System.Globalization;
using System.Text;

namespace SanXiang.Domain.Text;

/// <summary>
/// Normalises a text a person entered and says why it is refused: too long for its field, or holding
/// a character that has no business in a record — control characters (NUL, ESC …), the bidirectional
/// controls that make a name read backwards (U+202E and its kin, Unicode TR 9 §2), unpaired
/// surrogates and noncharacters. Emptiness is not decided here: the rule that needs a value says so.
/// </summary>
public static class TextInput
{
    public static TextCheck Check(TextField field, string? text)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (text is null)
        {
            return TextCheck.Accepted(null);
        }

        // A scalar value takes at most two UTF-16 units: anything longer than that is refused
        // before it is scanned or normalised.
        if (text.Length > 2 * field.MaxLength)
        {
            return TooLong(field, text.Length);
        }

        if (Forbidden(field.Shape, text) is { } forbidden)
        {
            return forbidden.Refuse(field);
        }

        var normalised = Normalise(field.Shape, text);
        if (field.Shape == TextShape.Code && OutsideCode(normalised) is { } outside)
        {
            return outside.Refuse(field);
        }

        var length = normalised.EnumerateRunes().Count();
        return length > field.MaxLength ? TooLong(field, length) : TextCheck.Accepted(normalised);
    }

    private static TextCheck TooLong(TextField field, int length) =>
        new(null, TextProblem.TooLong, $"{field.Label}最多 {field.MaxLength} 个字符，现有 {length} 个。");

    private static Finding? Forbidden(TextShape shape, string text)
    {
        var position = 0;
        for (var i = 0; i < text.Length; i++)
        {
            position++;
            var c = text[i];
            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue;
                }

                return new Finding(position, c, "不成对的代理字符");
            }

            if (char.IsControl(c) && !(shape == TextShape.Paragraphs && c is '\t' or '\n' or '\r'))
            {
                return new Finding(position, c, c is '\t' or '\n' or '\r' ? "换行或制表符（此处只能填一行）" : "控制字符");
            }

            if (IsBidiControl(c))
            {
                return new Finding(position, c, "文字方向控制符");
            }

            if (c is '\uFFFE' or '\uFFFF')
            {
                return new Finding(position, c, "非字符");
            }

            if (shape != TextShape.Paragraphs && c is '\u2028' or '\u2029')
            {
                return new Finding(position, c, "换行符（此处只能填一行）");
            }

            // Invisible characters (zero-width space, BOM, soft hyphen …) make two names that
            // look the same differ; in a name or an identifier there is no use for them.
            if (shape is TextShape.Name or TextShape.Code && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                return new Finding(position, c, "不可见的格式字符");
            }
        }

        return null;
    }

    // Unicode TR 9 §2: the explicit embeddings, overrides and isolates, and the implicit marks.
    private static bool IsBidiControl(char c) =>
        c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    private static string Normalise(TextShape shape, string text) => shape switch
    {
        TextShape.Line => text.Normalize(NormalizationForm.FormC).Trim(),
        TextShape.Name => Interpuncts(CollapseSpaces(text.Normalize(NormalizationForm.FormC))),
        TextShape.Paragraphs => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace('\u2028', '\n').Replace('\u2029', '\n')
            .Normalize(NormalizationForm.FormC).Trim(),
        TextShape.Code => Hyphens(CollapseSpaces(text.Normalize(NormalizationForm.FormKC))),
        _ => throw new ArgumentOutOfRangeException(nameof(shape)),
    };

    private static string CollapseSpaces(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text.Trim())
        {
            if (!char.IsWhiteSpace(c))
            {
                result.Append(c);
            }
            else if (result[^1] != ' ')
            {
                result.Append(' ');
            }
        }

        return result.ToString();
    }

    // 少数民族和外国人姓名的间隔号 (GB/T 15834 标点符号用法 4.14): one character for the many lookalikes.
    private static string Interpuncts(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = source[i] is '\u2022' or '\u2027' or '\u30FB' or '\uFF65' or '\u0387' ? '\u00B7' : source[i];
            }
        });

    // Hyphen, non-breaking hyphen, figure dash, en and em dash, minus sign: typed for "-" in numbers.
    private static string Hyphens(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = source[i] is (>= '\u2010' and <= '\u2015') or '\u2212' ? '-' : source[i];
            }
        });

    private static Finding? OutsideCode(string text)
    {
        var position = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            position++;
            if (!Rune.IsLetterOrDigit(rune) && rune.Value is not (' ' or '-'))
            {
                return new Finding(position, rune.ToString(), null);
            }
        }

        return null;
    }

    private sealed record Finding(int Position, string Character, string? Kind)
    {
        public Finding(int position, char character, string kind)
            : this(position, character.ToString(), kind)
        {
        }

        public TextCheck Refuse(TextField field)
        {
            var code = $"U+{(Character.Length == 2 ? char.ConvertToUtf32(Character, 0) : Character[0]):X4}";
            var reason = Kind is null
                ? $"{field.Label}只能包含字母、数字、空格和连字符，第 {Position} 个字符“{Character}”不可以。"
                : $"{field.Label}的第 {Position} 个字符是{Kind}（{code}），不能填写。";
            return new TextCheck(null, TextProblem.ForbiddenCharacter, reason);
        }
    }
}
