using System.Text;
using SanXiang.Plugins;
using SanXiang.Web.Officers;
using static SanXiang.Web.Tests.Officers.OfficerFiles;

namespace SanXiang.Web.Tests.Officers;

public class OfficerFileReaderShould
{
    public static TheoryData<string, byte[]> GoodFiles => new()
    {
        { "officers.xlsx", Xlsx(Good()) },
        { "officers.xlsx", Xlsx(Good(), datesAsDates: true) },
        { "officers.csv", Csv(Good(), Utf8WithBom) },
        { "officers.CSV", Csv(Good(), CsvText.Gb18030) },
    };

    public static TheoryData<string, byte[]> FilesWithOneBadRow => new()
    {
        { "officers.xlsx", Xlsx(OneBadRow()) },
        { "officers.csv", Csv(OneBadRow(), Utf8WithBom) },
        { "officers.csv", Csv(OneBadRow(), CsvText.Gb18030) },
    };

    [Theory]
    [MemberData(nameof(GoodFiles))]
    public void ReadEveryRowOfAGoodFile(string fileName, byte[] content)
    {
        var sheet = OfficerFileReader.Read(fileName, content);

        Assert.Empty(sheet.Errors);
        Assert.Equal(["张三", "李四", "王五"], sheet.Rows.Select(r => r.Name));
        var first = sheet.Rows[0];
        Assert.Equal(2, first.Row);
        Assert.Equal("41100020260001", first.CertificateNumber);
        Assert.Equal([EnforcementCategory.Penalty, EnforcementCategory.Inspection], first.Categories);
        Assert.Equal(new DateOnly(2028, 12, 31), first.ValidTo);
        Assert.True(first.IsReviewer);
        Assert.False(first.HasLegalQualification);
    }

    [Theory]
    [MemberData(nameof(FilesWithOneBadRow))]
    public void NameTheBadRowInChinese(string fileName, byte[] content)
    {
        var sheet = OfficerFileReader.Read(fileName, content);

        Assert.Equal("第 3 行：证件编号为空", Assert.Single(sheet.Errors).ToString());
    }

    [Fact]
    public void NameTheBadRowByItsLineInTheFileWhenAnEmptyLineComesBefore()
    {
        var text = string.Join("\r\n", string.Join(",", Header), string.Join(",", Row("张三", "A1")), "", string.Join(",", Row("李四", ""))) + "\r\n";

        var sheet = OfficerFileReader.Read("officers.csv", CsvText.Gb18030.GetBytes(text));

        Assert.Equal("第 4 行：证件编号为空", Assert.Single(sheet.Errors).ToString());
    }

    [Fact]
    public void ReportEveryProblemOfEveryRow()
    {
        string[][] rows =
        [
            Header,
            Row("张三", "A1", "行政处罚、行政裁决"),
            Row("", "A2", validTo: "明年"),
            Row("王五", "A3", reviewer: "对"),
        ];

        var errors = OfficerFileReader.Read("officers.csv", Csv(rows, Utf8WithBom)).Errors.Select(e => e.ToString()).ToList();

        Assert.Contains(errors, e => e.StartsWith("第 2 行：执法类别“行政裁决”不是已知类别", StringComparison.Ordinal));
        Assert.Contains("第 3 行：姓名为空", errors);
        Assert.Contains("第 3 行：有效期止“明年”不是日期（应如 2026-01-31）", errors);
        Assert.Contains("第 4 行：法制审核人员应填“是”或“否”，而不是“对”", errors);
    }

    [Fact]
    public void ReportACertificateNumberThatRepeatsInTheFile()
    {
        string[][] rows = [Header, Row("张三", "A1"), Row("李四", "a 1")];

        var error = Assert.Single(OfficerFileReader.Read("officers.xlsx", Xlsx(rows)).Errors);

        Assert.Equal("第 3 行：证件编号“a 1”与第 2 行重复", error.ToString());
    }

    [Fact]
    public void NameTheMissingColumns()
    {
        string[][] rows = [["姓名", "单位"], ["张三", "执法支队"]];

        var error = Assert.Single(OfficerFileReader.Read("officers.csv", Csv(rows, Utf8WithBom)).Errors);

        Assert.Equal(0, error.Row);
        Assert.Contains("证件编号", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RefuseOtherFileTypesAndDamagedWorkbooks()
    {
        Assert.Contains(".xls", Assert.Single(OfficerFileReader.Read("officers.xls", [1, 2, 3]).Errors).Message, StringComparison.Ordinal);
        Assert.Contains("无法读取", Assert.Single(OfficerFileReader.Read("officers.xlsx", [1, 2, 3]).Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadACertificateNumberTypedAsANumberInFull()
    {
        var content = Xlsx([Header, Row("张三", "41100020260001")], numbers: new HashSet<(int, int)> { (1, 3) });

        Assert.Equal("41100020260001", Assert.Single(OfficerFileReader.Read("officers.xlsx", content).Rows).CertificateNumber);
    }

    [Fact]
    public void ReadQuotedFieldsWithCommasAndQuotes()
    {
        var records = CsvText.Records(Encoding.UTF8.GetBytes("a,\"b,c\",\"d\"\"e\"\r\n1,2,3"));

        Assert.Equal(["a", "b,c", "d\"e"], records[0].Cells);
        Assert.Equal(2, records[1].Row);
    }
}
