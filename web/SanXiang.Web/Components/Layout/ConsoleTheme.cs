using MudBlazor;

namespace SanXiang.Web.Components.Layout;

/// <summary>MudBlazor's theme with a Chinese font stack first (fonts-noto-cjk on the servers, the system's CJK font elsewhere) and colours dark enough to read.</summary>
public static class ConsoleTheme
{
    public static readonly string[] FontStack = ["Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "sans-serif"];

    public static MudTheme Create() => new()
    {
        // MudBlazor's default info, success, warning and error colours are too light for their text (alerts, chips) to
        // reach WCAG AA's 4.5:1 — on white, and with white text on them; these darker shades of the same hues do.
        PaletteLight = new PaletteLight
        {
            Info = "#1565c0",
            Success = "#2e7d32",
            Warning = "#a84d00",
            Error = "#c62828",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = FontStack },
            Button = new ButtonTypography { FontFamily = FontStack },
            Caption = new CaptionTypography { FontFamily = FontStack },
            Overline = new OverlineTypography { FontFamily = FontStack },
        },
    };
}
