using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SanXiang.Plugins.Markup;

/// <summary>Writes markup blocks as WordprocessingML with GB/T 9704 page, fonts and spacing.</summary>
internal static class DocxWriter
{
    // A4 in twentieths of a point; GB/T 9704 margins: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm.
    private const int PageWidth = 11906;
    private const int PageHeight = 16838;
    private const int MarginTop = 2098;
    private const int MarginBottom = 1984;
    private const int MarginLeft = 1588;
    private const int MarginRight = 1474;
    private const int TextWidth = PageWidth - MarginLeft - MarginRight;

    // GB/T 9704: 22 lines per page, which is a fixed line pitch of about 28 pt for 三号 text.
    private const string BodyLinePitch = "560";

    public static void Write(IReadOnlyList<MarkupBlock> blocks, Stream output)
    {
        using var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = DefaultStyles();

        var body = new Body();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Kind == MarkupBlockKind.TableRow)
            {
                var rows = blocks.Skip(i).TakeWhile(b => b.Kind == MarkupBlockKind.TableRow).ToList();
                body.Append(DocxTables.Table(rows, TextWidth));
                i += rows.Count - 1;
            }
            else
            {
                body.Append(Paragraph(blocks[i]));
            }
        }

        body.Append(new SectionProperties(
            new PageSize { Width = PageWidth, Height = PageHeight },
            new PageMargin { Top = MarginTop, Bottom = MarginBottom, Left = MarginLeft, Right = MarginRight, Header = 851, Footer = 992, Gutter = 0 }));
        main.Document = new Document(body);
    }

    private static Paragraph Paragraph(MarkupBlock block)
    {
        var properties = new ParagraphProperties
        {
            SpacingBetweenLines = new SpacingBetweenLines { Line = BodyLinePitch, LineRule = LineSpacingRuleValues.Exact },
        };
        var (font, size, bold) = (DocxFonts.Body, DocxFonts.SizeBody, false);
        switch (block.Kind)
        {
            case MarkupBlockKind.Title:
                (font, size) = (DocxFonts.Title, DocxFonts.SizeTitle);
                properties.SpacingBetweenLines = new SpacingBetweenLines { Before = "120", After = "240", Line = "240", LineRule = LineSpacingRuleValues.Auto };
                properties.Justification = new Justification { Val = JustificationValues.Center };
                break;
            case MarkupBlockKind.Heading:
                font = DocxFonts.Heading;
                properties.Indentation = FirstLineIndent();
                break;
            case MarkupBlockKind.Centered:
                properties.Justification = new Justification { Val = JustificationValues.Center };
                break;
            case MarkupBlockKind.RightAligned:
                // Signature, date and seal lines sit right, about four characters from the margin (GB/T 9704 7.3.5).
                properties.Justification = new Justification { Val = JustificationValues.Right };
                properties.Indentation = new Indentation { Right = "1280", RightChars = 400 };
                break;
            case MarkupBlockKind.Rule:
                properties.ParagraphBorders = new ParagraphBorders(
                    new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = "000000" });
                break;
            case MarkupBlockKind.Body:
                properties.Justification = new Justification { Val = JustificationValues.Both };
                properties.Indentation = FirstLineIndent();
                break;
            case MarkupBlockKind.Flush:
            default:
                properties.Justification = new Justification { Val = JustificationValues.Both };
                break;
        }

        var paragraph = new Paragraph(properties);
        if (block.Text.Length > 0)
        {
            paragraph.Append(Run(block.Text, font, size, bold));
        }

        return paragraph;
    }

    // GB/T 9704: body paragraphs start two characters in.
    private static Indentation FirstLineIndent() => new() { FirstLine = "640", FirstLineChars = 200 };

    internal static Run Run(string text, string eastAsianFont, int halfPoints, bool bold) =>
        new(
            new RunProperties
            {
                RunFonts = new RunFonts { Ascii = DocxFonts.Latin, HighAnsi = DocxFonts.Latin, EastAsia = eastAsianFont, ComplexScript = DocxFonts.Latin },
                Bold = bold ? new Bold() : null,
                FontSize = new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                FontSizeComplexScript = new FontSizeComplexScript { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                Languages = new Languages { Val = "en-US", EastAsia = "zh-CN" },
            },
            new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    private static Styles DefaultStyles() =>
        new(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle
            {
                RunFonts = new RunFonts { Ascii = DocxFonts.Latin, HighAnsi = DocxFonts.Latin, EastAsia = DocxFonts.Body, ComplexScript = DocxFonts.Latin },
                FontSize = new FontSize { Val = "32" },
                FontSizeComplexScript = new FontSizeComplexScript { Val = "32" },
                Languages = new Languages { Val = "en-US", EastAsia = "zh-CN" },
            }),
            new ParagraphPropertiesDefault()));
}
