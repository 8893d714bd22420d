using DocumentFormat.OpenXml.Wordprocessing;

namespace SanXiang.Plugins.Sdk.Tests.Documents;

public class DocumentRendererShould
{
    private const string Source = """
        # 行政处罚决定书
        ^ {{ document_number }}
        < 当事人：{{ party_name }}
        ## 一、违法事实
        经查，当事人
        {{ facts }}

        第二段。
        | 案由 | {{ cause }} |
        {% if show_extra %}
        | 承办人 | 张三 | 执法证号 | 53000000001 |
        {% endif %}
        ---
        > {{ agency }}
        > {{ date }}
        """;

    private static readonly Dictionary<string, object?> Values = new()
    {
        ["document_number"] = "新市监罚〔2026〕12号",
        ["party_name"] = "新田县某某食品有限公司",
        ["facts"] = "销售超过保质期的食品。",
        ["cause"] = "销售过期食品",
        ["show_extra"] = true,
        ["agency"] = "新田县市场监督管理局",
        ["date"] = string.Empty,
    };

    [Fact]
    public void ProduceADocumentTheValidatorAccepts() =>
        Assert.Empty(Docx.Errors(DocumentRenderer.Render("test.liquid", Source, Values)));

    [Fact]
    public void CenterTheTitleInALargeEastAsianFont()
    {
        var title = Docx.Body(DocumentRenderer.Render("test.liquid", Source, Values)).Elements<Paragraph>().First();

        Assert.Equal("行政处罚决定书", title.InnerText);
        Assert.Equal(JustificationValues.Center, title.ParagraphProperties!.Justification!.Val!.Value);
        var run = title.Elements<Run>().Single().RunProperties!;
        Assert.Equal("方正小标宋简体", run.RunFonts!.EastAsia!.Value);
        Assert.Equal("44", run.FontSize!.Val!.Value);
    }

    [Fact]
    public void SetAnEastAsianFontOnEveryRun()
    {
        var runs = Docx.Body(DocumentRenderer.Render("test.liquid", Source, Values)).Descendants<Run>().ToList();

        Assert.NotEmpty(runs);
        Assert.All(runs, r => Assert.False(string.IsNullOrEmpty(r.RunProperties?.RunFonts?.EastAsia?.Value)));
    }

    [Fact]
    public void JoinWrappedLinesIntoOneIndentedBodyParagraph()
    {
        var paragraphs = Docx.Body(DocumentRenderer.Render("test.liquid", Source, Values)).Elements<Paragraph>().ToList();

        var body = paragraphs.Single(p => p.InnerText == "经查，当事人销售超过保质期的食品。");
        Assert.Equal("640", body.ParagraphProperties!.Indentation!.FirstLine!.Value);
        Assert.Contains(paragraphs, p => p.InnerText == "第二段。");
    }

    [Fact]
    public void KeepTableRowsAroundTagOnlyLinesInOneTable()
    {
        var table = Assert.Single(Docx.Body(DocumentRenderer.Render("test.liquid", Source, Values)).Elements<Table>());

        var rows = table.Elements<TableRow>().ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(4, table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Count());
        Assert.Equal(3, rows[0].Elements<TableCell>().Last().TableCellProperties!.GridSpan!.Val!.Value);
        Assert.Equal("销售过期食品", rows[0].Elements<TableCell>().Last().InnerText);
    }

    [Fact]
    public void AlignSignatureLinesRightAndDrawTheRule()
    {
        var paragraphs = Docx.Body(DocumentRenderer.Render("test.liquid", Source, Values)).Elements<Paragraph>().ToList();

        var agency = paragraphs.Single(p => p.InnerText == "新田县市场监督管理局");
        Assert.Equal(JustificationValues.Right, agency.ParagraphProperties!.Justification!.Val!.Value);
        Assert.Equal(JustificationValues.Right, paragraphs[^1].ParagraphProperties!.Justification!.Val!.Value);
        Assert.Contains(paragraphs, p => p.ParagraphProperties?.ParagraphBorders is not null);
    }

    [Fact]
    public void NameTheTemplateAndLineOfASyntaxError()
    {
        const string broken = "# 标题\n正文\n{% if party_name %}\n当事人\n";

        var error = Assert.Throws<DocumentRenderException>(() => DocumentRenderer.Render("templates/broken.liquid", broken, Values));

        Assert.Equal("templates/broken.liquid", error.TemplateName);
        Assert.Equal(3, error.Line);
        Assert.StartsWith("templates/broken.liquid, line 3:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NameTheLineOfAnUnknownTag()
    {
        const string broken = "# 标题\n{% if party_name %}\n当事人\n{% frobnicate %}\n{% endif %}\n";

        var error = Assert.Throws<DocumentRenderException>(() => DocumentRenderer.Render("t.liquid", broken, Values));

        Assert.Equal(4, error.Line);
    }

    [Fact]
    public void NameTheLineOfAnUnknownFilter()
    {
        const string broken = "# 标题\n\n< {{ party_name }}\n< {{ party_name | no_such_filter }}\n";

        var error = Assert.Throws<DocumentRenderException>(() => DocumentRenderer.Render("t.liquid", broken, Values));

        Assert.Equal("t.liquid", error.TemplateName);
        Assert.Equal(4, error.Line);
        Assert.Contains("no_such_filter", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void KeepAnEmptyPrefixedLineOfItsKindAndHonourTheEscape()
    {
        const string source = "^ {{ missing }}\n\\# 不是标题\n< 当事人：\n## 一、标题";

        var paragraphs = Docx.Body(DocumentRenderer.Render("t.liquid", source, Values)).Elements<Paragraph>().ToList();

        Assert.Equal(["", "# 不是标题", "当事人：", "一、标题"], paragraphs.Select(p => p.InnerText));
        Assert.Equal(JustificationValues.Center, paragraphs[0].ParagraphProperties!.Justification!.Val!.Value);
        Assert.Equal("640", paragraphs[1].ParagraphProperties!.Indentation!.FirstLine!.Value);
        Assert.Null(paragraphs[2].ParagraphProperties!.Indentation);
        Assert.Equal("黑体", paragraphs[3].Elements<Run>().Single().RunProperties!.RunFonts!.EastAsia!.Value);
    }

    [Fact]
    public void LayOutTheA4PageWithGbT9704Margins()
    {
        var section = Docx.Body(DocumentRenderer.Render("t.liquid", "正文", Values)).GetFirstChild<SectionProperties>()!;

        Assert.Equal(11906u, section.GetFirstChild<PageSize>()!.Width!.Value);
        Assert.Equal(2098, section.GetFirstChild<PageMargin>()!.Top!.Value);
        Assert.Equal(1588u, section.GetFirstChild<PageMargin>()!.Left!.Value);
    }
}
