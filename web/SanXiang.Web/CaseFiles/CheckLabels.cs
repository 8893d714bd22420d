using SanXiang.Domain.CaseFiles;

namespace SanXiang.Web.CaseFiles;

/// <summary>The /verify page's name for each check and finding code, in words a reader of a case file knows; the code stays for the API.</summary>
public static class CheckLabels
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        [CaseFileCodes.Chain] = "事件链",
        [CaseFileCodes.Files] = "文件完整",
        [CaseFileCodes.Attachments] = "附件与事件对应",
        [CaseFileCodes.Checkpoint] = "检查点签名",
        [CaseFileCodes.Proofs] = "事件在日志中",
        [CaseFileCodes.CaseHead] = "案件未被截短",
        [CaseFileCodes.Cosignatures] = "监督部门见证",
        [CaseFileCodes.ZipUnreadable] = "压缩包无法读取",
        [CaseFileCodes.ManifestMissing] = "缺少清单",
        [CaseFileCodes.ManifestInvalid] = "清单无法解析",
        [CaseFileCodes.FormatUnsupported] = "格式版本不受支持",
        [CaseFileCodes.TooLarge] = "超出校验上限",
        [CaseFileCodes.FileMissing] = "文件缺失",
        [CaseFileCodes.FileUnlisted] = "多出清单外文件",
        [CaseFileCodes.FileHashMismatch] = "文件被改动",
        [CaseFileCodes.FileNotInEvent] = "文件与事件不符",
        [CaseFileCodes.EventFileMissing] = "事件所附文件缺失",
        [CaseFileCodes.EventsUnreadable] = "事件记录无法读取",
        [CaseFileCodes.EventCountMismatch] = "事件数与清单不符",
        [CaseFileCodes.PublicKeyInvalid] = "公钥无法读取",
        [CaseFileCodes.CheckpointInvalid] = "检查点签名无效",
        [CaseFileCodes.CheckpointTenantMismatch] = "检查点属于其他机关",
        [CaseFileCodes.ProofsUnreadable] = "包含证明无法读取",
        [CaseFileCodes.ProofTreeMismatch] = "包含证明与检查点不符",
        [CaseFileCodes.ProofInvalid] = "包含证明无效",
        [CaseFileCodes.ProofMissing] = "缺少包含证明",
        [CaseFileCodes.EventMissing] = "事件被删除",
        [CaseFileCodes.CaseTruncated] = "案卷被截短",
        [CaseFileCodes.CaseHeadMissing] = "缺少案件头证明",
        [CaseFileCodes.CaseHeadInvalid] = "案件头证明无效",
        [CaseFileCodes.CosignatureInvalid] = "见证签名无效",
        [CaseFileCodes.WitnessKeyMissing] = "缺少见证公钥",
        ["HASH_MISMATCH"] = "事件被改动",
        ["CHAIN_BROKEN"] = "事件链断开",
        ["SEQUENCE_GAP"] = "事件缺号",
        ["SEQUENCE_ORDER"] = "事件顺序被调换",
        ["WRONG_TENANT"] = "事件属于其他机关",
        ["WRONG_CASE"] = "事件属于其他案件",
        ["UNKNOWN_ALGORITHM"] = "未知的哈希算法",
        ["ANCHOR_MISMATCH"] = "与已知记录不符",
        [LiveLogCheck.Key] = "公钥属于该机关",
        [LiveLogCheck.KeyMismatch] = "公钥不属于该机关",
        [LiveLogCheck.Log] = "与机关现行日志一致",
        [LiveLogCheck.LogMismatch] = "与机关现行日志不符",
        [LiveLogCheck.Head] = "案卷为最新",
        [LiveLogCheck.Outdated] = "案卷不完整或已过时",
        [LiveLogCheck.Witnessed] = "监督部门已见证",
    };

    public static string For(string code) => Labels.GetValueOrDefault(code, "其他检查");

    /// <summary>Every code the verifier or the online check can report (for the test that none goes unnamed).</summary>
    public static IReadOnlyCollection<string> Known => Labels.Keys;
}
