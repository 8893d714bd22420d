using SanXiang.Tests.Shared;
using SanXiang.Web.Officers;

namespace SanXiang.Web.Tests.Hostile;

/// <summary>
/// Issue 12 item 4: a 1.8 KB workbook with one cell at XFD4000 was read as the 4 000 × 16 384
/// table it claims to be (400 MB). It is now refused with a row-0 error before the table is laid out.
/// </summary>
[Trait("Suite", "Hostile")]
public sealed class SparseWorkbookShould
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void BeRefusedAsAWholeBeforeItsTableIsBuilt(bool declareExtent)
    {
        var workbook = HostileInputs.SparseWorkbook(declareExtent);
        Assert.True(workbook.Length < 4096, $"the fixture has {workbook.Length} bytes");

        var sheet = OfficerFileReader.Read("officers.xlsx", workbook);

        var error = Assert.Single(sheet.Errors);
        Assert.Equal(0, error.Row);
        Assert.Equal(SheetLimits.TooManyColumns, error.Message);
        Assert.Empty(sheet.Rows);
    }

    [Fact]
    public void RefuseACsvLineOfThousandsOfFields()
    {
        var csv = System.Text.Encoding.UTF8.GetBytes("姓名,单位" + new string(',', 100_000) + "\r\n");

        var error = Assert.Single(OfficerFileReader.Read("officers.csv", csv).Errors);

        Assert.Equal(0, error.Row);
        Assert.Equal(SheetLimits.TooManyColumns, error.Message);
    }
}
