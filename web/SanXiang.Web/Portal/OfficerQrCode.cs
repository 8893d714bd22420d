using QRCoder;

namespace SanXiang.Web.Portal;

/// <summary>
/// The QR code on an officer's public page (司办通〔2020〕78号: the certificate's code opens a live check): an SVG drawn on the
/// server, so the page needs no script, scaled by its view box to whatever width the page gives it.
/// </summary>
public static class OfficerQrCode
{
    public static string Svg(Uri officerPage)
    {
        ArgumentNullException.ThrowIfNull(officerPage);
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(officerPage.AbsoluteUri, QRCodeGenerator.ECCLevel.M);
        using var code = new SvgQRCode(data);
        return code.GetGraphic(4, "#000000", "#ffffff", drawQuietZones: true, sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
    }
}
