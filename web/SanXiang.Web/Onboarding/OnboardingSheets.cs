using SanXiang.Domain.Errors;
using SanXiang.Web.Officers;

namespace SanXiang.Web.Onboarding;

/// <summary>
/// The sheets of the uploaded files as rows of text, read by the officer import's readers (<see cref="XlsxCells"/>,
/// <see cref="CsvText"/>) under the same limits: a workbook's worksheets by name, a .csv as the sheet its header tells.
/// </summary>
public sealed class OnboardingSheets
{
    /// <summary>Bytes of all files together: a province's thousand agencies with twenty thousand officers fit in this.</summary>
    public const long MaxBytes = 6 * 1024 * 1024;

    private readonly Dictionary<string, IReadOnlyList<(int Row, IReadOnlyList<string> Cells)>> sheets = new(StringComparer.Ordinal);

    private OnboardingSheets()
    {
    }

    public List<OnboardingError> Errors { get; } = [];

    /// <summary>The sheet's rows, header first; empty when no file held it.</summary>
    public IReadOnlyList<(int Row, IReadOnlyList<string> Cells)> this[string sheet] => sheets.GetValueOrDefault(sheet) ?? [];

    public static OnboardingSheets Read(IReadOnlyList<OnboardingFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var read = new OnboardingSheets();
        if (files.Count == 0)
        {
            read.FileError(OnboardingColumns.AgencySheet, "请上传导入文件。");
        }
        else if (files.Sum(f => (long)f.Content.Length) > MaxBytes)
        {
            read.FileError(OnboardingColumns.AgencySheet, $"文件合计超过 {MaxBytes / 1024 / 1024} MB，请拆分后分批导入。");
        }
        else
        {
            foreach (var file in files)
            {
                read.Add(file);
            }
        }

        if (read.Errors.Count == 0 && read[OnboardingColumns.AgencySheet].Count <= 1)
        {
            read.FileError(OnboardingColumns.AgencySheet, "没有“机关”工作表的数据：第一行为表头（" + string.Join("、", OnboardingColumns.AgencyColumns) + "），其下每行一个机关。");
        }

        return read;
    }

    /// <summary>The 机关 sheet of one agency typed into the form: its header and the one row (row 2, as in a file).</summary>
    public static OnboardingSheets ForAgency(AgencyFields agency)
    {
        ArgumentNullException.ThrowIfNull(agency);
        var read = new OnboardingSheets();
        read.Put(OnboardingColumns.AgencySheet, [(1, OnboardingColumns.AgencyColumns), (2, agency.Cells)], fileName: "");
        return read;
    }

    private void Add(OnboardingFile file)
    {
        var extension = Path.GetExtension(file.FileName).ToUpperInvariant();
        try
        {
            switch (extension)
            {
                case ".XLSX":
                    foreach (var (name, rows) in XlsxCells.ReadSheets(new MemoryStream(file.Content, writable: false)))
                    {
                        if (OnboardingColumns.Sheets.Any(s => s.Sheet == name.Trim()))
                        {
                            Put(name.Trim(), rows, file.FileName);
                        }
                    }

                    break;
                case ".CSV":
                    var records = CsvText.Records(file.Content);
                    var header = records.Count > 0 ? records[0].Cells.Select(c => c.Trim()).ToHashSet(StringComparer.Ordinal) : [];
                    var sheet = OnboardingColumns.Sheets.Select(s => s.Sheet).FirstOrDefault(s => header.Contains(OnboardingColumns.KeyColumn(s)));
                    if (sheet is null)
                    {
                        FileError(OnboardingColumns.AgencySheet, $"无法识别文件“{file.FileName}”是哪一张表：表头应为下载的模板之一（机关、内设机构、执法人员、领导小组）。");
                    }
                    else
                    {
                        Put(sheet, records, file.FileName);
                    }

                    break;
                default:
                    FileError(OnboardingColumns.AgencySheet, $"不支持的文件类型“{extension.ToLowerInvariant()}”：请上传 .xlsx 或 .csv 文件。");
                    break;
            }
        }
        catch (SheetTooLargeException tooLarge)
        {
            FileError(OnboardingColumns.AgencySheet, $"文件“{file.FileName}”：{tooLarge.Message}");
        }
        catch (Exception e) when (e is InvalidDataException or IOException or FormatException or ArgumentException or InvalidOperationException)
        {
            // A damaged or mislabelled workbook; the reason goes to the user, not a stack trace.
            FileError(OnboardingColumns.AgencySheet, $"无法读取文件“{file.FileName}”：请确认它是有效的 .xlsx 文件（Excel 2007 及以上格式）。");
        }
    }

    private void Put(string sheet, IReadOnlyList<(int Row, IReadOnlyList<string> Cells)> rows, string fileName)
    {
        if (!sheets.TryAdd(sheet, rows))
        {
            FileError(sheet, $"“{sheet}”表出现了两次（又见于文件“{fileName}”）：每张表只能上传一次。");
        }
    }

    private void FileError(string sheet, string message) => Errors.Add(new OnboardingError(sheet, 0, null, ErrorCodes.ImportFileInvalid, message));
}
