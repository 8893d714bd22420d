namespace SanXiang.Web.GraphQL.Http;

/// <summary>Thrown by <see cref="CappedBuffer"/> when a response would pass its limit.</summary>
public sealed class ResponseTooLargeException : Exception
{
    public ResponseTooLargeException(long limit)
        : base($"The response is larger than {limit} bytes.")
    {
        Limit = limit;
    }

    public ResponseTooLargeException()
        : this(0)
    {
    }

    public ResponseTooLargeException(string message)
        : base(message)
    {
    }

    public ResponseTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public long Limit { get; }
}
