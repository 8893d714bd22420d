using System.IO.Compression;
using System.Text;

namespace SanXiang.Tests.Shared;

/// <summary>
/// The attacks of issue 12 as inputs, made the same way for the hostile test suite and the
/// <c>abuse</c> benchmark (linked into both, tests/Shared): what was sent is in one place, and the
/// figures and the tests talk about the same requests.
/// </summary>
internal static class HostileInputs
{
    /// <summary>
    /// The anonymous fragment query of item 2: <c>login</c> selected through <paramref name="levels"/>
    /// fragments, each spreading the next twice, so that expanding them visits 2^(levels-1) fields
    /// in 1 445 characters at 27 levels.
    /// </summary>
    public static string AnonymousFragmentQuery(int levels) =>
        FragmentQuery("mutation{login(username:\"a\",password:\"b\"){...F0}}", "LoginPayload", "token", levels);

    /// <summary>The same shape signed in, on <c>Tenant</c>: it ran for over 165 seconds and held up a graceful shutdown.</summary>
    public static string TenantFragmentQuery(int levels, string tenantId) =>
        FragmentQuery($"query{{tenant(id:\"{tenantId}\"){{...F0}}}}", "Tenant", "id", levels);

    /// <summary><paramref name="count"/> aliases of one field in one query: each alias is a copy of the field's value in the answer.</summary>
    public static string AliasBatch(int count, string selection) =>
        "query{" + string.Concat(Enumerable.Range(0, count).Select(i => $" a{i}: {selection}")) + " }";

    /// <summary>
    /// The officer import of item 4: a workbook of about 1.8 KB with the officer list's header row
    /// and one more cell at XFD4000, declaring its extent as A1:XFD4000 unless <paramref name="declareExtent"/>
    /// is false. Read as a table it is 4 000 × 16 384 cells.
    /// </summary>
    public static byte[] SparseWorkbook(bool declareExtent = true)
    {
        string[] header = ["姓名", "单位", "职务", "证件编号", "执法类别", "执法区域", "有效期起", "有效期止", "法制审核人员", "法律职业资格"];
        var headerCells = string.Concat(header.Select((text, i) => $"<c r=\"{(char)('A' + i)}1\" t=\"inlineStr\"><is><t>{text}</t></is></c>"));
        var sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + (declareExtent ? "<dimension ref=\"A1:XFD4000\"/>" : string.Empty)
            + "<sheetData>"
            + $"<row r=\"1\">{headerCells}</row>"
            + "<row r=\"4000\"><c r=\"XFD4000\" t=\"inlineStr\"><is><t>x</t></is></c></row>"
            + "</sheetData></worksheet>";

        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
            Add(zip, "_rels/.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            Add(zip, "xl/workbook.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<sheets><sheet name=\"执法人员\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            Add(zip, "xl/_rels/workbook.xml.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            Add(zip, "xl/worksheets/sheet1.xml", sheet);
        }

        return stream.ToArray();
    }

    private static string FragmentQuery(string operation, string type, string leaf, int levels)
    {
        var text = new StringBuilder(operation);
        for (var i = 0; i < levels - 1; i++)
        {
            text.Append($" fragment F{i} on {type}{{...F{i + 1} ...F{i + 1} {leaf}}}");
        }

        return text.Append($" fragment F{levels - 1} on {type}{{{leaf}}}").ToString();
    }

    private static void Add(ZipArchive zip, string name, string content)
    {
        using var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
        entry.Write(Encoding.UTF8.GetBytes(content));
    }
}
