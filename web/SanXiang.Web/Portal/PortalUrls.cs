using SanXiang.Silo.Officers;

namespace SanXiang.Web.Portal;

/// <summary>The portal's addresses. An officer's page is named by the normalised certificate number, as the QR code encodes it.</summary>
public static class PortalUrls
{
    public const string Directory = "/gs";

    public static string Agency(string agencyId) => $"{Directory}/{Uri.EscapeDataString(agencyId)}";

    /// <summary>The agency's published decisions (执法决定公示), searchable.</summary>
    public static string Decisions(string agencyId) => $"{Agency(agencyId)}/decisions";

    public static string Officer(string agencyId, string certificateNumber) =>
        $"{Agency(agencyId)}/officers/{Uri.EscapeDataString(OfficerId.FromCertificate(certificateNumber))}";

    /// <summary>The officer page's absolute address under <paramref name="baseUrl"/> (scheme, host and any path base).</summary>
    public static Uri AbsoluteOfficer(Uri baseUrl, string agencyId, string certificateNumber)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        return new Uri(baseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/') + Officer(agencyId, certificateNumber));
    }

    /// <summary>The configured public address, or the one the request came to.</summary>
    public static Uri BaseUrl(PortalOptions options, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(request);
        return options.BaseUrl ?? new Uri($"{request.Scheme}://{request.Host}{request.PathBase}");
    }
}
