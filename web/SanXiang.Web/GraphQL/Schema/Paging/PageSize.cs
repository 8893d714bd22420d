using SanXiang.Domain.Errors;

namespace SanXiang.Web.GraphQL.Schema.Paging;

/// <summary>How many nodes a connection returns: 50 unless asked, at most 200.</summary>
public static class PageSize
{
    public const int Default = 50;

    public const int Max = 200;

    public static int Of(int? first) =>
        first switch
        {
            null => Default,
            >= 1 and <= Max => first.Value,
            _ => throw new SanXiangException(ErrorCodes.ValidationFailed, $"first 应在 1 到 {Max} 之间。", [new FieldProblem("first", $"每页条数应在 1 到 {Max} 之间。")]),
        };
}
