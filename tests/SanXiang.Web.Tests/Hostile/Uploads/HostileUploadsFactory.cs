using System.Globalization;
using SanXiang.Web.Tests.Uploads;

namespace SanXiang.Web.Tests.Hostile.Uploads;

/// <summary>A host for the hostile upload tests whose users may each hold three uploads of the largest size.</summary>
public sealed class HostileUploadsFactory : IDisposable
{
    private readonly UploadAppFactory host = UploadAppFactory.With(new Dictionary<string, string>
    {
        ["SanXiang:Uploads:UserQuota"] = (3 * UploadAppFactory.MaxSize).ToString(CultureInfo.InvariantCulture),
    });

    public HttpClient CreateClient() => host.CreateClient();

    public void Dispose() => host.Dispose();
}
