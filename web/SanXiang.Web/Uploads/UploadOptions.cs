namespace SanXiang.Web.Uploads;

/// <summary>The <c>SanXiang:Uploads</c> configuration section.</summary>
public sealed class UploadOptions
{
    public const string Section = "SanXiang:Uploads";

    /// <summary>The largest file a client may announce in <c>Upload-Length</c> (bytes); 4 GiB by default, enough for an hour of body-camera video.</summary>
    public long MaxSize { get; set; } = 4L * 1024 * 1024 * 1024;
}
