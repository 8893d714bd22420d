using System.Text.RegularExpressions;
using SanXiang.Domain.Errors;
using SanXiang.Domain.Files;

namespace SanXiang.Domain.Cases;

/// <summary>The shape of a command, checked before any rule: what a form would refuse, every fault at once.</summary>
public static partial class CommandCheck
{
    /// <summary>立案's input: 案由, the party (name and code, <see cref="PartyCode"/>), the officers, a fine not below zero.</summary>
    public static void Open(OpenCaseCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(command.Party);
        var problems = new List<FieldProblem>();
        Require(problems, command.Title, "title", "案由");
        Require(problems, command.Party.Name, "party.name", "当事人名称或姓名");
        if (PartyCode.Problem(command.Party) is { } code)
        {
            problems.Add(code);
        }

        if ((command.OfficerIds ?? []).All(string.IsNullOrWhiteSpace))
        {
            problems.Add(new FieldProblem("officerIds", "请写明本案的承办执法人员。"));
        }

        if (command.ProposedFine is < 0)
        {
            problems.Add(new FieldProblem("proposedFine", "拟处罚款数额不能为负数。"));
        }

        Require(problems, command.Actor, "actor", "操作人");
        SanXiangException.ThrowIfAny(problems);
    }

    public static void Required(string? value, string field, string label)
    {
        var problems = new List<FieldProblem>();
        Require(problems, value, field, label);
        SanXiangException.ThrowIfAny(problems);
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

    private static void Require(List<FieldProblem> problems, string? value, string field, string label)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(new FieldProblem(field, $"请填写{label}。"));
        }
    }

    [GeneratedRegex("^sm3:[0-9a-f]{64}$")]
    private static partial Regex Sm3Hash();
}
