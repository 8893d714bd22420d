using System.Text.RegularExpressions;
using SanXiang.Domain.Errors;
using SanXiang.Domain.Files;

namespace SanXiang.Domain.Cases;

/// <summary>The shape of a command, checked before any rule: what a form would refuse.</summary>
public static partial class CommandCheck
{
    public static void Open(string title, CaseParty party, IReadOnlyList<string> officerIds, decimal? proposedFine, string actor)
    {
        ArgumentNullException.ThrowIfNull(party);
        ArgumentNullException.ThrowIfNull(officerIds);
        Required(title, "案由");
        Required(party.Name, "当事人名称");
        Required(actor, "操作人");
        if (officerIds.All(string.IsNullOrWhiteSpace))
        {
            throw new SanXiangException(ErrorCodes.ValidationFailed, "请写明本案的承办执法人员。");
        }

        if (proposedFine is < 0)
        {
            throw new SanXiangException(ErrorCodes.ValidationFailed, "拟处罚款数额不能为负数。");
        }
    }

    public static void Required(string? value, string label)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new SanXiangException(ErrorCodes.ValidationFailed, $"请填写{label}。");
        }
    }

    // The chain holds the file's content hash; anything else would let a record name a file nobody can check.
    public static void File(StoredFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (!Sm3Hash().IsMatch(file.Hash) || file.Size < 0 || string.IsNullOrWhiteSpace(file.FileName))
        {
            throw new SanXiangException(ErrorCodes.ValidationFailed, $"文件“{file.FileName}”的内容哈希无效（应为 sm3: 加 64 位小写十六进制）。");
        }
    }

    [GeneratedRegex("^sm3:[0-9a-f]{64}$")]
    private static partial Regex Sm3Hash();
}
