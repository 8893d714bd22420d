using SanXiang.Domain.Errors;

namespace SanXiang.Silo.Paging;

/// <summary>The most rows one page of a list holds: the API refuses more, and so does the grain that reads the page.</summary>
public static class PageLimit
{
    public const int Max = 500;

    /// <summary>Refuses a page of fewer than one or more than <paramref name="max"/> rows with VALIDATION_FAILED on <c>first</c>.</summary>
    public static void Check(int first, int max = Max)
    {
        if (first < 1 || first > max)
        {
            var message = $"每页条数应在 1 到 {max} 之间。";
            throw new SanXiangException(ErrorCodes.ValidationFailed, $"每页条数（first）应在 1 到 {max} 之间。", [new FieldProblem("first", message)]);
        }
    }
}
