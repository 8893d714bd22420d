namespace SanXiang.Web.Officers;

/// <summary>A file that passes one of <see cref="SheetLimits"/>; its message is the Chinese reason for the row-0 error.</summary>
public sealed class SheetTooLargeException : Exception
{
    public SheetTooLargeException()
    {
    }

    public SheetTooLargeException(string message)
        : base(message)
    {
    }

    public SheetTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
