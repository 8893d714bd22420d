using System.Globalization;
using SanXiang.Domain.CaseFiles;
using SanXiang.Plugins;
using SanXiang.Domain.Cases.Engine;

namespace SanXiang.Silo.Grains.CaseFiles;

/// <summary>
/// The index (卷内目录): the documents in case-file order — issued documents, each followed by its signed
/// copies, ordered by the sector's case-file standard when one is given and otherwise as issued — then the
/// evidence, as issued. Rendered as a .docx with the plugin SDK's document markup.
/// </summary>
internal static class CaseFileIndex
{
    // China Standard Time has had no daylight saving since 1991: a fixed offset needs no time-zone data.

    private const string Template = """
        # 卷内目录
        ^ 案件编号：{{ case_id }}
        < 执法机关：{{ tenant_id }}
        | 序号 | 文号 | 题名 | 日期 | 文件 |
        {% for row in rows %}
        | {{ row.order }} | {{ row.number }} | {{ row.name }} | {{ row.date }} | {{ row.path }} |
        {% endfor %}
        > 导出时间：{{ exported_at }}
        """;

    public static IReadOnlyList<CaseFileIndexEntry> Rows(IReadOnlyList<CaseAttachment> files, IReadOnlyList<string>? documentKindOrder)
    {
        var rank = (documentKindOrder ?? []).Select((kind, i) => (kind, i)).GroupBy(p => p.kind, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        var issued = files.Where(f => f.Role == CaseFileRoles.Document)
            .OrderBy(f => f.Document?.Kind is { } kind && rank.TryGetValue(kind, out var r) ? r : int.MaxValue)
            .ThenBy(f => f.Sequence)
            .ToList();
        var ordered = new List<CaseAttachment>();
        foreach (var document in issued)
        {
            ordered.Add(document);
            ordered.AddRange(files.Where(f => f.Role == CaseFileRoles.SignedCopy && f.Document?.DocumentId == document.Document?.DocumentId && document.Document is not null));
        }

        ordered.AddRange(files.Where(f => !ordered.Contains(f) && f.Role != CaseFileRoles.Evidence));
        ordered.AddRange(files.Where(f => f.Role == CaseFileRoles.Evidence));
        return [.. ordered.Select((f, i) => new CaseFileIndexEntry(i + 1, f.Role, f.Document?.Number, Title(f), Date(f.At), f.Path, f.Sequence))];
    }

    public static byte[] Render(string tenantId, string caseId, DateTimeOffset exportedAt, IReadOnlyList<CaseFileIndexEntry> rows)
    {
        var values = new Dictionary<string, object?>
        {
            ["tenant_id"] = Cell(tenantId),
            ["case_id"] = Cell(caseId),
            ["exported_at"] = exportedAt.ToOffset(CaseDates.ChinaOffset).ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture),
            ["rows"] = rows.Select(r => (object)new Dictionary<string, object?>
            {
                ["order"] = r.Order.ToString(CultureInfo.InvariantCulture),
                ["number"] = Cell(r.DocumentNumber ?? string.Empty),
                ["name"] = Cell(r.Name),
                ["date"] = r.Date,
                ["path"] = Cell(r.Path),
            }).ToList(),
        };
        return DocumentRenderer.Render("case-file-index", Template, values);
    }

    private static string Title(CaseAttachment file) => file.Role switch
    {
        CaseFileRoles.Document => file.Document?.Name ?? file.File.FileName,
        CaseFileRoles.SignedCopy => $"{file.Document?.Name ?? file.File.FileName}（签章件）",
        _ => file.File.FileName.Length > 0 ? file.File.FileName : Path.GetFileName(file.Path),
    };

    private static string Date(DateTimeOffset at) => at.ToOffset(CaseDates.ChinaOffset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // A table cell is one line and cannot hold the column separator (Documents/MARKUP.md).
    private static string Cell(string text) => text.Replace('|', '｜').ReplaceLineEndings(" ");
}
