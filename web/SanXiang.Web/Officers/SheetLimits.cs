namespace SanXiang.Web.Officers;

/// <summary>
/// How large an officer file may be, checked before anything is built from it: a workbook declares
/// its own extent (one cell at XFD4000 made a 1.8 KB file read as 4 000 × 16 384 cells, 400 MB),
/// and a small zip may unpack to gigabytes. A roster of thousands of officers is far below each.
/// </summary>
public static class SheetLimits
{
    /// <summary>The last row number: a header and 20 000 officers.</summary>
    public const int MaxRows = 20_001;

    /// <summary>The last column (BL); the officer list has ten.</summary>
    public const int MaxColumns = 64;

    /// <summary>Cells that hold something.</summary>
    public const int MaxCells = 250_000;

    /// <summary>Bytes of a workbook's parts once unpacked (10 000 officers take about 8 MB).</summary>
    public const long MaxUnpackedBytes = 32L * 1024 * 1024;

    public static string TooManyRows => $"表格超过 {MaxRows - 1} 行数据（最多 {MaxRows} 行，含表头），请拆分后导入。";

    public static string TooManyColumns => $"表格超过 {MaxColumns} 列：执法人员清单只需 {OfficerColumns.All.Count} 列，请删除表格右侧多余的单元格后导入。";

    public static string TooManyCells => $"表格超过 {MaxCells} 个非空单元格，请拆分后导入。";

    public static string TooLargeUnpacked => $"工作簿解压后超过 {MaxUnpackedBytes / 1024 / 1024} MB，不像执法人员清单；请另存为只含清单的 .xlsx 后导入。";
}
