using QRCoder;

namespace Rinde.Features.Portal;

/// <summary>
/// A QR code as a PNG data URI, so a page shows it without another request (the CSP allows
/// data: images). Projected in the auditorium, it takes people's phones to the survey.
/// </summary>
public static class QrCodes
{
    public static string PngDataUri(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(6));
    }
}
