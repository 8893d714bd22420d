using SanXiang.Domain.Errors;
using SanXiang.Silo.Paging;

namespace SanXiang.Web.GraphQL.Schema.Paging;

/// <summary>The <c>first</c> argument of every paged field: how many rows a page holds.</summary>
public static class PageSize
{
    public const int Default = 50;

    public const int Max = PageLimit.Max;

    /// <summary><c>first</c> as given (0 asks only for <c>totalCount</c>), or the default; VALIDATION_FAILED outside 0–500.</summary>
    public static int Resolve(int? first) => first switch
    {
        null => Default,
        >= 0 and <= Max => first.Value,
        _ => throw new SanXiangException(ErrorCodes.ValidationFailed, $"first 应在 0 到 {Max} 之间（每页最多 {Max} 条）。", [new FieldProblem("first", $"每页条数应在 0 到 {Max} 之间。")]),
    };
}
