using System.Globalization;
using SanXiang.Domain.CaseFiles;

namespace SanXiang.Tools.CaseFiles;

/// <summary>The verdict as the command prints it: one line per check, then the conclusion.</summary>
internal static class VerdictReport
{
    public static async Task WriteAsync(string path, CaseFileVerdict verdict, TextWriter output)
    {
        await output.WriteLineAsync($"案卷校验：{path}").ConfigureAwait(false);
        if (verdict.TenantId is not null)
        {
            var exported = verdict.ExportedAt?.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm:ss '北京时间'", CultureInfo.InvariantCulture) ?? "—";
            await output.WriteLineAsync($"执法机关 {verdict.TenantId}，案件 {verdict.CaseId}，导出于 {exported}，事件 {verdict.EventCount} 个").ConfigureAwait(false);
        }

        if (verdict.PublicKeyHex is not null)
        {
            await output.WriteLineAsync($"签名公钥（请与该机关公布的公钥核对）：{verdict.PublicKeyHex}").ConfigureAwait(false);
        }

        foreach (var finding in verdict.Findings)
        {
            var mark = finding.Passed ? "通过" : "失败";
            await output.WriteLineAsync($"[{mark}] {finding.Code} {finding.Message}").ConfigureAwait(false);
        }

        var conclusion = verdict.Outcome switch
        {
            CaseFileOutcome.Valid => "结论：案卷有效（VALID），记录完整，未被改动。",
            CaseFileOutcome.Invalid when verdict.FirstBadEvent is { } bad => $"结论：案卷无效（INVALID），第一个有问题的事件是第 {bad.Sequence} 号：{bad.Code}。",
            CaseFileOutcome.Invalid => "结论：案卷无效（INVALID），见上列失败项。",
            _ => "结论：无法校验（UNUSABLE），输入不是可读的案卷文件。",
        };
        await output.WriteLineAsync(conclusion).ConfigureAwait(false);
    }
}
