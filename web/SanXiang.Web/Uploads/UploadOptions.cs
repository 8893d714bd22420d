namespace SanXiang.Web.Uploads;

/// <summary>The web host's side of the <c>SanXiang:Uploads</c> section (quotas and expiry are the silo's: see Uploads/README.md).</summary>
public sealed class UploadOptions
{
    public const string Section = "SanXiang:Uploads";

    /// <summary>The largest file a client may announce in <c>Upload-Length</c> (bytes); 4 GiB by default, enough for an hour of body-camera video.</summary>
    public long MaxSize { get; set; } = 4L * 1024 * 1024 * 1024;

    /// <summary>How often the host sweeps expired and orphaned parts and abandoned temporary files, besides at start-up.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromHours(1);
}
