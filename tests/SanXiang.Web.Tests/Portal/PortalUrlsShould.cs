using SanXiang.Web.Portal;

namespace SanXiang.Web.Tests.Portal;

public sealed class PortalUrlsShould
{
    [Fact]
    public void NameAnOfficersPageByTheNormalisedCertificateUnderTheConfiguredAddress()
    {
        var url = PortalUrls.AbsoluteOfficer(new Uri("https://zfgs.example.gov.cn/portal/"), "xintian-scjg", "4311 28x");

        Assert.Equal("https://zfgs.example.gov.cn/portal/gs/xintian-scjg/officers/431128X", url.AbsoluteUri);
    }

    [Fact]
    public void DrawTheSameQrCodeForTheSameAddressOnly()
    {
        var url = new Uri("https://zfgs.example.gov.cn/gs/xintian-scjg/officers/431128X");

        var svg = OfficerQrCode.Svg(url);

        Assert.StartsWith("<svg", svg.TrimStart(), StringComparison.Ordinal);
        Assert.Contains("viewBox", svg, StringComparison.Ordinal);
        Assert.Equal(svg, OfficerQrCode.Svg(url));
        Assert.NotEqual(svg, OfficerQrCode.Svg(new Uri("https://zfgs.example.gov.cn/gs/xintian-scjg/officers/431128Y")));
    }
}
