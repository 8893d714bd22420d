using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SanXiang.Plugins.Markup;

/// <summary>
/// Consecutive <c>| a | b |</c> rows become one bordered table as wide as the text. Rows with fewer
/// cells than the widest row let their last cell span the rest, which is how forms (审批表) pair a
/// label with a wide value.
/// </summary>
internal static class DocxTables
{
    public static Table Table(IReadOnlyList<MarkupBlock> rows, int textWidth)
    {
        var columns = rows.Max(r => r.Cells.Count);
        var columnWidth = textWidth / columns;
        var table = new Table(new TableProperties
        {
            TableWidth = new TableWidth { Width = Twips(columnWidth * columns), Type = TableWidthUnitValues.Dxa },
            TableBorders = new TableBorders
            {
                TopBorder = new TopBorder { Val = BorderValues.Single, Size = 4 },
                LeftBorder = new LeftBorder { Val = BorderValues.Single, Size = 4 },
                BottomBorder = new BottomBorder { Val = BorderValues.Single, Size = 4 },
                RightBorder = new RightBorder { Val = BorderValues.Single, Size = 4 },
                InsideHorizontalBorder = new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
                InsideVerticalBorder = new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 },
            },
            TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
        });
        table.Append(new TableGrid(Enumerable.Range(0, columns).Select(_ => new GridColumn { Width = Twips(columnWidth) })));
        foreach (var row in rows)
        {
            table.Append(Row(row.Cells, columns, columnWidth));
        }

        return table;
    }

    private static TableRow Row(IReadOnlyList<string> cells, int columns, int columnWidth)
    {
        // Forms leave room to write by hand: rows are at least 1 cm high.
        var row = new TableRow(new TableRowProperties(new TableRowHeight { Val = 567, HeightType = HeightRuleValues.AtLeast }));
        for (var i = 0; i < cells.Count; i++)
        {
            var span = i == cells.Count - 1 ? columns - i : 1;
            var properties = new TableCellProperties
            {
                TableCellWidth = new TableCellWidth { Width = Twips(columnWidth * span), Type = TableWidthUnitValues.Dxa },
                GridSpan = span > 1 ? new GridSpan { Val = span } : null,
                TableCellVerticalAlignment = new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center },
            };
            var paragraph = new Paragraph(new ParagraphProperties
            {
                SpacingBetweenLines = new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto },
            });
            if (cells[i].Length > 0)
            {
                paragraph.Append(DocxWriter.Run(cells[i], DocxFonts.Body, DocxFonts.SizeTable, false));
            }

            row.Append(new TableCell(properties, paragraph));
        }

        return row;
    }

    private static string Twips(int value) => value.ToString(CultureInfo.InvariantCulture);
}
