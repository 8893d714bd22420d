namespace SanXiang.Domain.Errors;

/// <summary>
/// An error a user can cause: a stable <see cref="Code"/> for the API and a Chinese message for the UI. Where a
/// form's input has several faults at once, <see cref="Problems"/> names each field and what is wrong with it, so
/// the console can show every one beside its field and the API can list them.
/// </summary>
public sealed class SanXiangException : Exception
{
    public SanXiangException(string code, string message, IReadOnlyList<FieldProblem> problems)
        : base(message)
    {
        Code = code;
        Problems = problems;
    }

    public SanXiangException(string code, string message)
        : this(code, message, [])
    {
    }

    public SanXiangException()
        : this(ErrorCodes.ValidationFailed, "请求无效。")
    {
    }

    public SanXiangException(string message)
        : this(ErrorCodes.ValidationFailed, message)
    {
    }

    public SanXiangException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = ErrorCodes.ValidationFailed;
        Problems = [];
    }

    public string Code { get; }

    public IReadOnlyList<FieldProblem> Problems { get; }

    /// <summary>Refuses <paramref name="problems"/> together (VALIDATION_FAILED), or returns when there are none.</summary>
    public static void ThrowIfAny(IReadOnlyList<FieldProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (problems.Count > 0)
        {
            throw new SanXiangException(ErrorCodes.ValidationFailed, string.Join("；", problems.Select(p => p.Message.TrimEnd('。'))) + "。", problems);
        }
    }
}
