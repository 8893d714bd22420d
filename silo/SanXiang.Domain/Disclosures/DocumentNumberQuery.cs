using System.Text.RegularExpressions;
using SanXiang.Domain.Search;

namespace SanXiang.Domain.Disclosures;

/// <summary>
/// A search that is a whole document number (文号, GB/T 9704: 机关代字〔年份〕序号号, e.g. 新市监罚〔2026〕12号) is looked up
/// by the number itself, not by its grams: every number of an agency shares its 代字 and year, so the grams of one
/// number match nearly every row, and the text index would read them all to find the one.
/// </summary>
public static partial class DocumentNumberQuery
{
    /// <summary>The number's key as the read model stores it (<see cref="SearchGrams.Normalize"/>), or null when <paramref name="text"/> is not a whole number.</summary>
    public static string? KeyOf(string? text) =>
        text is not null && WholeNumber().IsMatch(text.Trim()) ? SearchGrams.Normalize(text) : null;

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{1,20}\s*[〔\[［(（]\s*\d{4}\s*[〕\]］)）]\s*\d{1,6}\s*号$")]
    private static partial Regex WholeNumber();
}
