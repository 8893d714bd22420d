namespace SanXiang.Plugins.Markup;

/// <summary>Turns the Liquid output into blocks, following Documents/MARKUP.md.</summary>
internal static class MarkupParser
{
    public static IReadOnlyList<MarkupBlock> Parse(string markup)
    {
        var blocks = new List<MarkupBlock>();
        var paragraph = new List<string>();

        void EndParagraph()
        {
            if (paragraph.Count > 0)
            {
                // Chinese text is not separated by spaces, so wrapped source lines join without one.
                blocks.Add(MarkupBlock.Of(MarkupBlockKind.Body, string.Concat(paragraph)));
                paragraph.Clear();
            }
        }

        foreach (var raw in markup.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = raw.Trim();
            var block = ParseLine(line);
            if (block is null)
            {
                if (line.Length == 0)
                {
                    EndParagraph();
                }
                else
                {
                    paragraph.Add(line.StartsWith('\\') ? line[1..] : line);
                }

                continue;
            }

            EndParagraph();
            blocks.Add(block);
        }

        EndParagraph();
        return blocks;
    }

    private static MarkupBlock? ParseLine(string line)
    {
        if (line == "---")
        {
            return MarkupBlock.Of(MarkupBlockKind.Rule, string.Empty);
        }

        if (line.Length > 1 && line[0] == '|' && line[^1] == '|')
        {
            var cells = line[1..^1].Split('|').Select(c => c.Trim()).ToList();
            return new MarkupBlock(MarkupBlockKind.TableRow, string.Empty, cells);
        }

        return Prefixed(line, "## ", MarkupBlockKind.Heading)
            ?? Prefixed(line, "# ", MarkupBlockKind.Title)
            ?? Prefixed(line, "^ ", MarkupBlockKind.Centered)
            ?? Prefixed(line, "> ", MarkupBlockKind.RightAligned)
            ?? Prefixed(line, "< ", MarkupBlockKind.Flush);
    }

    private static MarkupBlock? Prefixed(string line, string prefix, MarkupBlockKind kind)
    {
        // "> {{ date }}" with an empty value trims to ">": still an (empty) right-aligned line, not body text.
        if (line == prefix.TrimEnd())
        {
            return MarkupBlock.Of(kind, string.Empty);
        }

        return line.StartsWith(prefix, StringComparison.Ordinal) ? MarkupBlock.Of(kind, line[prefix.Length..].Trim()) : null;
    }
}
