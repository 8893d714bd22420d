using SanXiang.Silo.Host.Catalog;

namespace SanXiang.Silo.Host.Tests.Catalog;

/// <summary>Every error names its file and line, in Chinese, and refuses the whole catalog.</summary>
public sealed class CatalogReaderShouldRefuse : IDisposable
{
    private readonly CatalogCopy copy = new();

    [Fact]
    public void MalformedJsonNamingTheFileAndLine()
    {
        var line = copy.Replace("gengma-yjj/agency.json", "\"level\": \"County\",", "\"level\": \"County\"");

        var error = Assert.Single(Refused());
        Assert.Equal("gengma-yjj/agency.json", error.File);
        Assert.Equal(line + 1, error.Line);
        Assert.Contains("不是有效的 JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ATsvRowWithAMissingColumnNamingTheFileAndLine()
    {
        var line = copy.Replace("xuchang/ledger.tsv", "12\t三\t加强事后公开\t", "12\t三 加强事后公开\t");

        var exception = Assert.Throws<CatalogException>(() => CatalogReader.Read(copy.Directory));
        var error = Assert.Single(exception.Errors);
        Assert.Equal(("xuchang/ledger.tsv", line), (error.File, error.Line));
        Assert.Contains($"xuchang/ledger.tsv 第 {line} 行：应有 6 列", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ALedgerRowOutOfItsGroupOrNumbering()
    {
        var group = copy.Replace("xuchang/ledger.tsv", "28	十三	", "28	十五	");
        var number = copy.Replace("xuchang/ledger.tsv", "40	二十	", "41	二十	");

        var errors = Refused();
        Assert.Contains(errors, e => e.Line == group && e.Message.Contains("任务组号应为 十二或十三", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Line == number && e.Message.Contains("序号应为 40", StringComparison.Ordinal));
    }

    [Fact]
    public void ADeadlineThatIsNeitherAMonthNorLongTerm()
    {
        var line = copy.Replace("xuchang/ledger.tsv", "建立全市统一的行政执法综合管理监督信息系统。\t政务服务与大数据管理部门\t2019年12月", "建立全市统一的行政执法综合管理监督信息系统。\t政务服务与大数据管理部门\t尽快");

        var error = Assert.Single(Refused());
        Assert.Equal(("xuchang/ledger.tsv", line), (error.File, error.Line));
        Assert.Contains("长期执行", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ALedgerThatLostARow()
    {
        var lines = copy.ReadLines("xuchang/ledger.tsv");
        copy.Write("xuchang/ledger.tsv", string.Join('\n', lines[..^1]) + "\n");

        var error = Assert.Single(Refused());
        Assert.Equal("xuchang/ledger.tsv", error.File);
        Assert.Contains("应有 43 行", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingField()
    {
        copy.Replace("yuxi-sfj/agency.json", "  \"regionCode\": \"530400\",\n", string.Empty);

        var error = Assert.Single(Refused());
        Assert.Equal(("yuxi-sfj/agency.json", 1), (error.File, error.Line));
        Assert.Contains("缺少字段“regionCode”", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"level\": \"City\"", "\"level\": \"Town\"", "层级“Town”无效")]
    [InlineData("\"regionCode\": \"530400\"", "\"regionCode\": \"53040\"", "应为 6 位数字")]
    [InlineData("\"regionCode\": \"530400\"", "\"regionCode\": \"530000\"", "与层级 City 不符")]
    [InlineData("\"regionCode\": \"530400\"", "\"regionCode\": \"410100\"", "不在上级机关“yunnan-sft”的区划")]
    [InlineData("\"parentId\": \"yunnan-sft\"", "\"parentId\": \"yunnan-sfx\"", "上级机关“yunnan-sfx”不存在")]
    [InlineData("\"creditCode\": null", "\"creditCode\": \"12530400ABC\"", "统一社会信用代码")]
    [InlineData("\"creditCode\": null", "\"creditcode\": null", "未知字段“creditcode”")]
    public void ABadValueAtItsLine(string field, string broken, string message)
    {
        var line = copy.Replace("yuxi-sfj/agency.json", field, broken);

        var errors = Refused();
        Assert.Contains(errors, e => e.File == "yuxi-sfj/agency.json" && e.Line == line && e.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void APhaseDateThatIsNotADate()
    {
        var line = copy.Replace("gengma-yjj/plan.json", "\"start\": \"2019-06-01\"", "\"start\": \"2019年6月\"");

        var error = Assert.Single(Refused());
        Assert.Equal(("gengma-yjj/plan.json", line), (error.File, error.Line));
        Assert.Contains("yyyy-MM-dd", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryBadFileInOneGo()
    {
        copy.Replace("gengma-yjj/agency.json", "\"level\": \"County\",", "\"level\": \"County\"");
        copy.Replace("departments.json", "\"regionCode\": \"410000\"", "\"regionCode\": \"41000\"");
        copy.Write("yuxi-sfj/notes.txt", "?");

        Assert.Equal(
            ["departments.json", "gengma-yjj/agency.json", "yuxi-sfj/notes.txt"],
            Refused().Select(e => e.File).Order(StringComparer.Ordinal));
    }

    public void Dispose() => copy.Dispose();

    private IReadOnlyList<CatalogError> Refused() =>
        Assert.Throws<CatalogException>(() => CatalogReader.Read(copy.Directory)).Errors;
}
