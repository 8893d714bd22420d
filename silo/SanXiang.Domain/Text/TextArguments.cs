using SanXiang.Domain.Errors;

namespace SanXiang.Domain.Text;

/// <summary>
/// <see cref="TextInput"/> as a refusal: the normalised text, or a <see cref="SanXiangException"/> with
/// <c>TEXT_TOO_LONG</c> or <c>TEXT_INVALID</c> and the Chinese reason, which the console and the API show
/// as they show any refusal. The case grains apply it to every command (<see cref="Cases.CommandText"/>).
/// </summary>
public static class TextArguments
{
    public static string Accept(TextField field, string? text)
    {
        ArgumentNullException.ThrowIfNull(field);
        var check = TextInput.Check(field, text ?? string.Empty);
        return check.IsAccepted ? check.Text! : throw Refusal(check);
    }

    /// <summary>Null for a value left out or blank; otherwise as <see cref="Accept"/>.</summary>
    public static string? AcceptOptional(TextField field, string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : Accept(field, text);

    /// <summary>Each value of a list, and the list no longer than <see cref="TextFields.MaxListItems"/>.</summary>
    public static IReadOnlyList<string> AcceptAll(TextField field, IReadOnlyList<string>? texts, string listLabel)
    {
        ArgumentNullException.ThrowIfNull(field);
        var items = texts ?? [];
        RequireCount(items.Count, listLabel);
        return [.. items.Select(t => Accept(field, t))];
    }

    public static void RequireCount(int count, string listLabel)
    {
        if (count > TextFields.MaxListItems)
        {
            throw new SanXiangException(ErrorCodes.TextTooLong, $"{listLabel}最多 {TextFields.MaxListItems} 项，现有 {count} 项。");
        }
    }

    private static SanXiangException Refusal(TextCheck check) =>
        new(check.Problem == TextProblem.TooLong ? ErrorCodes.TextTooLong : ErrorCodes.TextInvalid, check.Reason!);
}
