namespace SanXiang.Domain.Text;

/// <summary>The outcome of <see cref="TextInput.Check"/>: the normalised text, or the problem and its Chinese reason.</summary>
public sealed record TextCheck(string? Text, TextProblem Problem, string? Reason)
{
    public bool IsAccepted => Problem == TextProblem.None;

    public static TextCheck Accepted(string? text) => new(text, TextProblem.None, null);
}
