namespace SanXiang.Web.CaseFiles;

/// <summary>The <c>SanXiang:CaseFiles</c> configuration section.</summary>
public sealed class CaseFileOptions
{
    public const string Section = "SanXiang:CaseFiles";

    /// <summary>The largest case file <c>/verify</c> accepts (bytes); 4 GiB by default, the upload limit for one recording.</summary>
    public long MaxVerifySize { get; set; } = 4L * 1024 * 1024 * 1024;

    /// <summary>Verifications that run at once; further uploads wait <see cref="VerifyQueueSeconds"/> for a place, then get 503.</summary>
    public int MaxConcurrentVerifications { get; set; } = 2;

    public int VerifyQueueSeconds { get; set; } = 30;
}
