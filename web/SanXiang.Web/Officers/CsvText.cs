using System.Text;

namespace SanXiang.Web.Officers;

/// <summary>
/// Reads a .csv as clerks save it: Excel on a Chinese Windows writes GB18030 (ANSI code page 936)
/// unless "CSV UTF-8" is chosen, which writes a BOM. Text that is valid UTF-8 without a BOM is read
/// as UTF-8 too, as other tools write it that way.
/// </summary>
public static class CsvText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return StrictUtf8.GetString(content, 3, content.Length - 3);
        }

        try
        {
            return StrictUtf8.GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return Gb18030.GetString(content);
        }
    }

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
    /// RFC 4180 records: fields separated by commas, quoted with "" when they hold commas, quotes or
    /// line breaks. Stops with <see cref="SheetTooLargeException"/> at <see cref="SheetLimits"/>: a
    /// line of five million commas is five million fields otherwise.
    /// </summary>
    public static IReadOnlyList<(int Row, IReadOnlyList<string> Cells)> Records(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var records = new List<(int, IReadOnlyList<string>)>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var line = 1;
        var recordLine = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    if (fields.Count >= SheetLimits.MaxColumns)
                    {
                        throw new SheetTooLargeException(SheetLimits.TooManyColumns);
                    }

                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    records.Add((recordLine, [.. fields]));
                    fields.Clear();
                    recordLine = ++line;
                    if (records.Count > SheetLimits.MaxRows)
                    {
                        throw new SheetTooLargeException(SheetLimits.TooManyRows);
                    }

                    break;
                default:
                    field.Append(c);
                    break;
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add((recordLine, [.. fields]));
        }

        return records;
    }
}
