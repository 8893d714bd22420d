namespace SanXiang.Domain.CaseFiles;

/// <summary>An entry of the case file went past a <see cref="CaseFileLimits"/> bound; the verdict is CASE_FILE_TOO_LARGE.</summary>
public sealed class CaseFileTooLargeException : Exception
{
    public CaseFileTooLargeException()
        : base("案卷文件超出校验上限。")
    {
    }

    public CaseFileTooLargeException(string message)
        : base(message)
    {
    }

    public CaseFileTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
