using System.Globalization;
using System.Text;

namespace SanXiang.Plugins;

/// <summary>
/// An official document-number pattern (文号), e.g. <c>{机关代字}罚〔{年}〕{序号}号</c> →
/// <c>新市监罚〔2026〕12号</c>. Placeholders: <c>{机关代字}</c> (agency code), <c>{年}</c> (year) and
/// <c>{序号}</c> (sequence, required). GB/T 9704-2012 7.2.4: the year is written in 〔〕 and the
/// sequence has no 第 and no zero padding; the pattern is checked for both.
/// </summary>
public sealed class DocumentNumberPattern
{
    /// <summary>The agency code placeholder name (机关代字, e.g. 新市监).</summary>
    public const string AgencyCode = "机关代字";

    /// <summary>The year placeholder name.</summary>
    public const string Year = "年";

    /// <summary>The sequence placeholder name (per agency, per document kind, per year).</summary>
    public const string Sequence = "序号";

    private static readonly string[] Known = [AgencyCode, Year, Sequence];

    private readonly IReadOnlyList<(string Text, bool IsPlaceholder)> parts;

    private DocumentNumberPattern(string pattern, IReadOnlyList<(string Text, bool IsPlaceholder)> parts)
    {
        Pattern = pattern;
        this.parts = parts;
    }

    /// <summary>The pattern as written.</summary>
    public string Pattern { get; }

    /// <summary>Parses and checks a pattern.</summary>
    /// <exception cref="DocumentNumberPatternException">Unbalanced or nested braces, an unknown or repeated placeholder, no <c>{序号}</c>, a year outside 〔〕, or 第 before the sequence.</exception>
    public static DocumentNumberPattern Parse(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var parts = new List<(string Text, bool IsPlaceholder)>();
        var text = new StringBuilder();
        for (var i = 0; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '{':
                    var close = pattern.IndexOf('}', i + 1);
                    var nextOpen = pattern.IndexOf('{', i + 1);
                    if (close < 0 || (nextOpen >= 0 && nextOpen < close))
                    {
                        throw new DocumentNumberPatternException(pattern, $"the brace at position {i + 1} is not closed.");
                    }

                    var name = pattern[(i + 1)..close];
                    if (!Known.Contains(name))
                    {
                        throw new DocumentNumberPatternException(pattern, $"unknown placeholder {{{name}}}; known are {{{AgencyCode}}}, {{{Year}}} and {{{Sequence}}}.");
                    }

                    if (parts.Any(p => p.IsPlaceholder && p.Text == name))
                    {
                        throw new DocumentNumberPatternException(pattern, $"placeholder {{{name}}} appears twice.");
                    }

                    parts.Add((text.ToString(), false));
                    text.Clear();
                    parts.Add((name, true));
                    i = close;
                    break;
                case '}':
                    throw new DocumentNumberPatternException(pattern, $"the brace at position {i + 1} closes nothing.");
                default:
                    text.Append(pattern[i]);
                    break;
            }
        }

        parts.Add((text.ToString(), false));
        parts.RemoveAll(p => !p.IsPlaceholder && p.Text.Length == 0);
        Check(pattern);
        return new DocumentNumberPattern(pattern, parts);
    }

    /// <summary>Formats a number, e.g. (新市监, 2026, 12) → <c>新市监罚〔2026〕12号</c>.</summary>
    /// <exception cref="DocumentNumberPatternException">An empty agency code, a year that is not four digits, or a sequence below 1.</exception>
    public string Format(string agencyCode, int year, int sequence)
    {
        if (string.IsNullOrWhiteSpace(agencyCode) && parts.Any(p => p.IsPlaceholder && p.Text == AgencyCode))
        {
            throw new DocumentNumberPatternException(Pattern, "the agency code (机关代字) is empty.");
        }

        if (year is < 1000 or > 9999)
        {
            throw new DocumentNumberPatternException(Pattern, $"the year {year} is not a four-digit year.");
        }

        if (sequence < 1)
        {
            throw new DocumentNumberPatternException(Pattern, $"the sequence {sequence} is below 1; sequences start at 1.");
        }

        var result = new StringBuilder();
        foreach (var (text, isPlaceholder) in parts)
        {
            result.Append(!isPlaceholder ? text : text switch
            {
                AgencyCode => agencyCode.Trim(),
                Year => year.ToString(CultureInfo.InvariantCulture),
                _ => sequence.ToString(CultureInfo.InvariantCulture),
            });
        }

        return result.ToString();
    }

    /// <inheritdoc />
    public override string ToString() => Pattern;

    private static void Check(string pattern)
    {
        if (!pattern.Contains("{" + Sequence + "}", StringComparison.Ordinal))
        {
            throw new DocumentNumberPatternException(pattern, $"it has no {{{Sequence}}}, so every document would get the same number.");
        }

        var year = "{" + Year + "}";
        if (pattern.Contains(year, StringComparison.Ordinal) && !pattern.Contains("〔" + year + "〕", StringComparison.Ordinal))
        {
            throw new DocumentNumberPatternException(pattern, $"GB/T 9704 writes the year in 〔〕: 〔{year}〕.");
        }

        if (pattern.Contains("第{" + Sequence + "}", StringComparison.Ordinal))
        {
            throw new DocumentNumberPatternException(pattern, "GB/T 9704 writes the sequence without 第.");
        }
    }
}
