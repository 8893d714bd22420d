using System.Text.RegularExpressions;
using SanXiang.Silo.Cases;
using SanXiang.Silo.Errors;
using SanXiang.Silo.Files;

namespace SanXiang.Silo.Grains.Cases;

/// <summary>The shape of a command, checked before any rule: what a form would refuse.</summary>
internal static partial class CommandCheck
{
    public static void Open(OpenCaseCommand command)
    {
        Required(command.Title, "案由");
        Required(command.Party.Name, "当事人名称");
        Required(command.Actor, "操作人");
        if (command.OfficerIds.All(string.IsNullOrWhiteSpace))
        {
            throw new SanXiangException(ErrorCodes.ValidationFailed, "请写明本案的承办执法人员。");
        }

        if (command.ProposedFine is < 0)
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
