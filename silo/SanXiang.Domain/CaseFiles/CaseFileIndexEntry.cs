namespace SanXiang.Domain.CaseFiles;

/// <summary>One row of the index (卷内目录), in case-file order; <c>index.json</c> is a list of these.</summary>
/// <param name="Order">序号, from 1.</param>
/// <param name="DocumentNumber">文号 (e.g. 新市监罚〔2026〕12号); null for files without one.</param>
/// <param name="Name">题名.</param>
/// <param name="Date">日期, the day the event happened in China Standard Time (yyyy-MM-dd).</param>
public sealed record CaseFileIndexEntry(int Order, string Role, string? DocumentNumber, string Name, string Date, string Path, long Seq);
