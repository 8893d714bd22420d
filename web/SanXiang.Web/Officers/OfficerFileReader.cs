namespace SanXiang.Web.Officers;

/// <summary>Reads an officer file (.xlsx or .csv) into rows and row-level errors; writes nothing.</summary>
public static class OfficerFileReader
{
    /// <summary>Files are read whole into memory: a roster of thousands of officers is well under this.</summary>
    public const long MaxBytes = 5 * 1024 * 1024;

    public static OfficerSheet Read(string fileName, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length > MaxBytes)
        {
            return OfficerSheet.Failed($"文件超过 {MaxBytes / 1024 / 1024} MB，请拆分后导入。");
        }

        var extension = Path.GetExtension(fileName).ToUpperInvariant();
        try
        {
            return extension switch
            {
                ".XLSX" => OfficerTable.Parse(XlsxCells.Read(new MemoryStream(content, writable: false))),
                ".CSV" => OfficerTable.Parse(CsvText.Records(content)),
                _ => OfficerSheet.Failed($"不支持的文件类型“{extension.ToLowerInvariant()}”：请上传 .xlsx 或 .csv 文件。"),
            };
        }
        catch (SheetTooLargeException tooLarge)
        {
            return OfficerSheet.Failed(tooLarge.Message);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or FormatException or ArgumentException or InvalidOperationException)
        {
            // A damaged or mislabelled workbook; the reason goes to the user, not a stack trace.
            return OfficerSheet.Failed("无法读取该文件：请确认它是有效的 .xlsx 文件（Excel 2007 及以上格式）。");
        }
    }
}
