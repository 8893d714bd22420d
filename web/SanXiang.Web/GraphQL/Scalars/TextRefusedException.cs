using SanXiang.Domain.Text;

namespace SanXiang.Web.GraphQL.Scalars;

/// <summary>Thrown by the scalars when input conversion refuses a text; <see cref="Execution.ErrorMessages"/> turns it into the error the client reads.</summary>
public sealed class TextRefusedException : Exception
{
    public TextRefusedException(TextCheck check)
        : base(check?.Reason)
    {
        ArgumentNullException.ThrowIfNull(check);
        Problem = check.Problem;
    }

    public TextRefusedException()
    {
    }

    public TextRefusedException(string message)
        : base(message)
    {
    }

    public TextRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public TextProblem Problem { get; }
}
