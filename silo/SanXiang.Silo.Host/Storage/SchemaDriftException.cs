namespace SanXiang.Silo.Host.Storage;

/// <summary>An applied schema script no longer matches the one this build ships: the database was made by other code.</summary>
public sealed class SchemaDriftException : Exception
{
    public SchemaDriftException()
    {
    }

    public SchemaDriftException(string message)
        : base(message)
    {
    }

    public SchemaDriftException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
