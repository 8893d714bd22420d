namespace SanXiang.Silo.Grains.Uploads;

/// <summary>
/// The silo's side of the <c>SanXiang:Uploads</c> section: how long an upload may wait and how much space
/// unfinished and unattached uploads may hold. (The largest single file is the web host's <c>MaxSize</c>.)
/// </summary>
public sealed class UploadLimits
{
    public const string Section = "SanXiang:Uploads";

    /// <summary>How long an unfinished upload waits for its next bytes, and a finished one for its attachment (tus expiration).</summary>
    public TimeSpan Expiry { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Bytes one user's uploads may hold in one agency: four hour-long body-camera videos.</summary>
    public long UserQuota { get; set; } = 16L * 1024 * 1024 * 1024;

    /// <summary>Bytes all of an agency's uploads may hold.</summary>
    public long AgencyQuota { get; set; } = 128L * 1024 * 1024 * 1024;

    public int MaxUploadsPerUser { get; set; } = 100;

    public int MaxUploadsPerAgency { get; set; } = 2000;
}
