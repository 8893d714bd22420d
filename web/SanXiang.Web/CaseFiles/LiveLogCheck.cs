using SanXiang.Domain.CaseFiles;
using SanXiang.Silo;
using SanXiang.Silo.Transparency;
using SanXiang.Tenancy;
using SanXiang.Tenancy.Stores;
using SanXiang.Web.Transparency;

namespace SanXiang.Web.CaseFiles;

/// <summary>
/// The /verify page's online check: when the case file's agency is on this platform, the file is held against
/// the agency's live log — its key, the tree its checkpoint signed, and whether the case has gone on since.
/// The offline checks show the file is what the key signed; these show the key and the tree are the agency's
/// and the file is the whole case as the agency's latest checkpoint knows it.
/// </summary>
/// <param name="witnesses">Who witnessed the agency's latest checkpoint, told beside the checks when someone did.</param>
public sealed class LiveLogCheck(ITenantStore<SanXiangTenantInfo> tenants, IGrainFactory grains, WitnessStatements? witnesses = null)
{
    public const string Key = "LIVE_KEY";
    public const string KeyMismatch = "LIVE_KEY_MISMATCH";
    public const string Log = "LIVE_LOG";
    public const string LogMismatch = "LIVE_LOG_MISMATCH";
    public const string Head = "LIVE_HEAD";
    public const string Outdated = "CASE_OUTDATED";
    public const string Witnessed = "LIVE_WITNESSED";

    /// <summary>The agency's name and the findings; no findings when the agency is not on this platform or the file carries no valid checkpoint.</summary>
    public async Task<(string? AgencyName, IReadOnlyList<CaseFileFinding> Findings)> CheckAsync(CaseFileVerdict verdict)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        if (verdict.TenantId is not { } tenantId || await tenants.TryGetByIdentifierAsync(tenantId) is not { } agency)
        {
            return (null, []);
        }

        if (verdict.Checkpoint is not { } checkpoint || verdict.PublicKeyHex is null || verdict.CaseId is null)
        {
            return (agency.Name, []);
        }

        var live = await AskAsync(tenantId, verdict.CaseId, verdict.PublicKeyHex, checkpoint.TreeSize, Convert.ToHexStringLower(checkpoint.RootHash));
        var findings = new List<CaseFileFinding>
        {
            live.KeyMatches
                ? new(Key, true, $"在线核对：案卷的签名公钥就是{agency.Name}在本平台公布的公钥。")
                : new(KeyMismatch, false, $"在线核对：案卷的签名公钥不是{agency.Name}在本平台公布的公钥，案卷不是该机关签署的。"),
            live.TreeInLog
                ? new(Log, true, $"在线核对：案卷检查点签署的日志树（{checkpoint.TreeSize} 条）与{agency.Name}现行日志的前 {checkpoint.TreeSize} 条一致。")
                : new(LogMismatch, false, $"在线核对：案卷检查点签署的日志树与{agency.Name}现行日志不符，检查点是伪造的或日志已被改写。"),
        };
        if (live.LatestHeadSequence is { } latest && latest > verdict.EventCount)
        {
            findings.Add(new(Outdated, false, $"在线核对：截至{BeijingTime.Format(live.LatestSignedAt)}的检查点，本案已有 {latest} 个事件，案卷只有 {verdict.EventCount} 个：案卷不完整（被截短，或导出后本案又有新的记录），请重新导出。"));
        }
        else if (live.LatestHeadSequence is not null)
        {
            findings.Add(new(Head, true, $"在线核对：截至{BeijingTime.Format(live.LatestSignedAt)}的检查点，本案没有案卷之外的事件。"));
        }

        if (witnesses is not null && (await witnesses.GetAsync(tenantId)) is { Witnesses.Count: > 0 } witnessed)
        {
            findings.Add(new(Witnessed, true, $"在线核对：{agency.Name}的最新检查点{witnessed.Statement}，监督部门核对了日志未被改写。"));
        }

        return (agency.Name, findings);
    }

    // The public record of the file's own agency, whoever (if anyone) is signed in; an async method of its own, so the context ends with it.
    private async Task<LiveCaseFileCheck> AskAsync(string tenantId, string caseId, string publicKeyHex, long treeSize, string rootHex)
    {
        TenantCallContext.Set(tenantId);
        return await grains.GetGrain<ITransparencyLogGrain>(tenantId).CheckCaseFileAsync(caseId, publicKeyHex, treeSize, rootHex);
    }
}
