using System.Text;

namespace SanXiang.Domain.Search;

/// <summary>
/// Substring search over Chinese text without a word segmenter: text is cut into its single characters and
/// its adjacent pairs (unigrams and bigrams) after folding case and dropping spaces and punctuation, so that
/// 食品 is found in 销售超过保质期的食品案 and 保质期 in 超过保质期. A query of one character looks up that
/// character; a longer one needs all its bigrams, in order, which is the substring itself. The same grams
/// index the read model on SQLite (FTS5 phrases) and on PostgreSQL (a GIN index over the grams), so both
/// answer alike; trigram indexes (FTS5's tokenizer, pg_trgm) cannot find a two-character word, and most
/// Chinese words have two.
/// </summary>
public static class SearchGrams
{
    /// <summary>Longest query kept, in characters: enough for a party's full name or a document number.</summary>
    public const int MaxQueryLength = 64;

    /// <summary>Letters and digits only, lower case: what the grams are cut from.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                builder.Append(Rune.ToLowerInvariant(rune).ToString());
            }
        }

        return builder.ToString();
    }

    /// <summary>The indexed form of <paramref name="text"/>: its characters, then its bigrams, space-separated, in order.</summary>
    public static string Tokens(string? text)
    {
        var runes = Runes(Normalize(text));
        var tokens = new List<string>(runes.Count * 2);
        tokens.AddRange(runes);
        for (var i = 0; i + 1 < runes.Count; i++)
        {
            tokens.Add(runes[i] + runes[i + 1]);
        }

        return string.Join(' ', tokens);
    }

    /// <summary>The distinct grams of <paramref name="text"/> (for an index that matches grams as a set).</summary>
    public static IReadOnlyList<string> Grams(string? text) => [.. Tokens(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal)];

    /// <summary>A query as it is searched for: normalised, and cut to <see cref="MaxQueryLength"/> characters.</summary>
    public static string NormalizeQuery(string? query) => string.Concat(Runes(Normalize(query)).Take(MaxQueryLength));

    /// <summary>What a query must match, in order: its one character, or its bigrams; empty when nothing searchable is left.</summary>
    public static IReadOnlyList<string> QueryGrams(string? query)
    {
        var runes = Runes(NormalizeQuery(query));

        if (runes.Count <= 1)
        {
            return runes;
        }

        var grams = new List<string>(runes.Count - 1);
        for (var i = 0; i + 1 < runes.Count; i++)
        {
            grams.Add(runes[i] + runes[i + 1]);
        }

        return grams;
    }

    private static List<string> Runes(string normalized) => [.. normalized.EnumerateRunes().Select(r => r.ToString())];
}
