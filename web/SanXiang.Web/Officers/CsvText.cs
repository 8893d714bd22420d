using System.Text;
using System.Text.Unicode;
using CsvHelper;

namespace SanXiang.Web.Officers;

/// <summary>
/// Reads a .csv as clerks save it: Excel on a Chinese Windows writes GB18030 (ANSI code page 936)
/// unless "CSV UTF-8" is chosen, which writes a BOM. Text that is valid UTF-8 without a BOM is read
/// as UTF-8 too, as other tools write it that way. The records themselves are CsvHelper's (RFC 4180).
/// </summary>
public static class CsvText
{
    /// <summary>GB18030 comes from the code-pages provider, which .NET ships but does not register.</summary>
    public static Encoding Gb18030
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GB18030");
        }
    }

    /// <summary>
    /// The file's records with the line each starts on (a quoted field may span lines; empty lines are passed
    /// over). Stops with <see cref="SheetTooLargeException"/> at <see cref="SheetLimits"/>: a line of five million
    /// commas is five million fields otherwise.
    /// </summary>
    public static IReadOnlyList<(int Row, IReadOnlyList<string> Cells)> Records(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var options = new CsvReaderOptions
        {
            HasHeader = false,
            TrackLineNumbers = true,

            // A byte order mark (Excel's "CSV UTF-8") or valid UTF-8 is read as such; anything else is Excel's ANSI.
            Encoding = HasByteOrderMark(content) || Utf8.IsValid(content) ? null : Gb18030,
        };
        using var reader = CsvReader.Create(content, options);
        var records = new List<(int, IReadOnlyList<string>)>();
        while (reader.Read())
        {
            if (reader.FieldCount > SheetLimits.MaxColumns)
            {
                throw new SheetTooLargeException(SheetLimits.TooManyColumns);
            }

            if (records.Count >= SheetLimits.MaxRows)
            {
                throw new SheetTooLargeException(SheetLimits.TooManyRows);
            }

            var cells = new string[reader.FieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = reader.GetString(i);
            }

            records.Add(((int)reader.LineNumber, cells));
        }

        return records;
    }

    private static bool HasByteOrderMark(byte[] content) =>
        content.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) || content.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || content.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);
}
