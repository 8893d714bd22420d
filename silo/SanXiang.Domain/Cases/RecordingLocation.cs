using System.Globalization;

namespace SanXiang.Domain.Cases;

/// <summary>
/// Where a recording was made, as the officer's phone gave it when the officer allowed the browser to tell (the
/// W3C Geolocation API: WGS 84 degrees and an accuracy radius in metres). It is what the device reported, kept with
/// the recording so a supervisor who retrieves it (可实时调阅, DOMAIN.md §2) sees where it was made; it is never
/// required, since an officer may refuse the browser the position or record indoors without one.
/// </summary>
public sealed record RecordingLocation(double Latitude, double Longitude, double? AccuracyMeters)
{
    /// <summary>How an upload's metadata carries it: <c>latitude,longitude[,accuracy]</c> in degrees and metres.</summary>
    public const string Format = "纬度,经度[,精度米]，如 23.5512,99.4001,12";

    /// <summary>The location in <paramref name="text"/>, or null with the reason in Chinese when it is no position on Earth.</summary>
    public static RecordingLocation? Parse(string text, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length is < 2 or > 3 || !TryNumber(parts[0], out var latitude) || !TryNumber(parts[1], out var longitude))
        {
            problem = $"拍摄位置应为“{Format}”。";
            return null;
        }

        double? accuracy = null;
        if (parts.Length == 3)
        {
            if (!TryNumber(parts[2], out var metres) || metres < 0)
            {
                problem = "拍摄位置的精度应为不小于 0 的米数。";
                return null;
            }

            accuracy = metres;
        }

        var location = new RecordingLocation(latitude, longitude, accuracy);
        problem = location.Problem();
        return problem is null ? location : null;
    }

    /// <summary>Null when the position is on Earth; otherwise why not, in Chinese.</summary>
    public string? Problem() =>
        Latitude is < -90 or > 90 || double.IsNaN(Latitude) ? "拍摄位置的纬度应在 -90 到 90 度之间。"
        : Longitude is < -180 or > 180 || double.IsNaN(Longitude) ? "拍摄位置的经度应在 -180 到 180 度之间。"
        : AccuracyMeters is < 0 || AccuracyMeters is double a && double.IsNaN(a) ? "拍摄位置的精度应为不小于 0 的米数。"
        : null;

    /// <summary>As the case page shows it: 北纬 23.5512°，东经 99.4001°（误差约 12 米）.</summary>
    public string Describe()
    {
        var text = $"{(Latitude >= 0 ? "北纬" : "南纬")} {Math.Abs(Latitude).ToString("0.0000", CultureInfo.InvariantCulture)}°，"
            + $"{(Longitude >= 0 ? "东经" : "西经")} {Math.Abs(Longitude).ToString("0.0000", CultureInfo.InvariantCulture)}°";
        return AccuracyMeters is { } metres ? $"{text}（误差约 {Math.Round(metres).ToString("0", CultureInfo.InvariantCulture)} 米）" : text;
    }

    /// <summary>The form an upload's metadata carries (<see cref="Format"/>).</summary>
    public override string ToString() =>
        string.Join(',', new[] { Latitude, Longitude }.Concat(AccuracyMeters is { } a ? [a] : []).Select(v => v.ToString("R", CultureInfo.InvariantCulture)));

    private static bool TryNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
}
