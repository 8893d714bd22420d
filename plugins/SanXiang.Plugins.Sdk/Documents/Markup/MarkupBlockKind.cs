namespace SanXiang.Plugins.Markup;

internal enum MarkupBlockKind
{
    Title,
    Heading,
    Centered,
    RightAligned,
    Flush,
    Body,
    TableRow,
    Rule,
}
