namespace SanXiang.Plugins.Markup;

/// <summary>One block of the markup; table rows carry their cells, every other kind its text.</summary>
internal sealed record MarkupBlock(MarkupBlockKind Kind, string Text, IReadOnlyList<string> Cells)
{
    public static MarkupBlock Of(MarkupBlockKind kind, string text) => new(kind, text, []);
}
