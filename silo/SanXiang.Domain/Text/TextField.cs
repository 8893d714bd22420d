namespace SanXiang.Domain.Text;

/// <summary>One input field's rule: its Chinese label (for messages), its longest length in characters (Unicode scalar values) and its shape.</summary>
public sealed record TextField(string Label, int MaxLength, TextShape Shape);
