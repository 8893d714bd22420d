using System.Text.RegularExpressions;
using SanXiang.Domain.Cases.Review;
using SanXiang.Domain.Errors;
using SanXiang.Domain.Files;

namespace SanXiang.Domain.Cases;

/// <summary>The shape of a command, checked before any rule: what a form would refuse, every fault at once.</summary>
public static partial class CommandCheck
{
    // Above the largest fines ever imposed in China (in the tens of billions of yuan): more is a typing slip.
    public const decimal MaximumAmount = 100_000_000_000m;

    private static readonly PenaltyKind[] Confiscations = [PenaltyKind.ConfiscateIllegalGains, PenaltyKind.ConfiscateIllegalProperty];
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

    /// <summary>A proposed decision: kinds of penalty, amounts from 0 to <see cref="MaximumAmount"/> in fen that agree with the kinds, basis and facts.</summary>
    public static void Proposal(ProposeDecisionCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var problems = new List<FieldProblem>();
        var kinds = command.Kinds ?? [];
        if (kinds.Count == 0)
        {
            problems.Add(new FieldProblem("kinds", "请选择拟作出的处罚种类。"));
        }
        else if (kinds.Any(k => !Enum.IsDefined(k)))
        {
            problems.Add(new FieldProblem("kinds", "处罚种类无效。"));
        }

        Amount(problems, command.Fine, "fine", "罚款数额");
        Amount(problems, command.Confiscation, "confiscation", "没收违法所得、非法财物的数额");
        if (kinds.Contains(PenaltyKind.Fine) != command.Fine > 0)
        {
            problems.Add(new FieldProblem("fine", kinds.Contains(PenaltyKind.Fine) ? "拟处罚款的，请填写罚款数额。" : "未选择“罚款”，罚款数额应为 0。"));
        }

        if (command.Confiscation > 0 && !kinds.Intersect(Confiscations).Any())
        {
            problems.Add(new FieldProblem("confiscation", "未选择“没收违法所得”或“没收非法财物”，没收数额应为 0。"));
        }

        Require(problems, command.LegalBasis, "legalBasis", "处罚依据");
        Require(problems, command.FactsSummary, "factsSummary", "违法事实摘要");
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

    // A position the phone reported is kept as given, but only a position on Earth: the record is read for years.
    public static void Location(RecordingLocation? location)
    {
        if (location?.Problem() is { } problem)
        {
            throw new SanXiangException(ErrorCodes.ValidationFailed, problem, [new FieldProblem("location", problem)]);
        }
    }

    private static void Require(List<FieldProblem> problems, string? value, string field, string label)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(new FieldProblem(field, $"请填写{label}。"));
        }
    }

    private static void Amount(List<FieldProblem> problems, decimal value, string field, string label)
    {
        if (value < 0)
        {
            problems.Add(new FieldProblem(field, $"{label}不能为负数。"));
        }
        else if (value > MaximumAmount)
        {
            problems.Add(new FieldProblem(field, $"{label}超过 1000 亿元，请核对。"));
        }
        else if (decimal.Round(value, 2) != value)
        {
            problems.Add(new FieldProblem(field, $"{label}最多精确到分。"));
        }
    }

    [GeneratedRegex("^sm3:[0-9a-f]{64}$")]
    private static partial Regex Sm3Hash();
}
