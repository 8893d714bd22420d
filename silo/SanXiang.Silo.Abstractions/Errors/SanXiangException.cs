namespace SanXiang.Silo.Errors;

/// <summary>An error a user can cause: a stable <see cref="Code"/> for the API and a Chinese message for the UI.</summary>
[GenerateSerializer]
public sealed class SanXiangException : Exception
{
    public SanXiangException(string code, string message)
        : base(message)
    {
        Code = code;
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
    }

    [Id(0)]
    public string Code { get; private set; }
}
