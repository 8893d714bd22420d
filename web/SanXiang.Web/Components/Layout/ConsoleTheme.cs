using MudBlazor;

namespace SanXiang.Web.Components.Layout;

/// <summary>MudBlazor's theme with a Chinese font stack first (fonts-noto-cjk on the servers, the system's CJK font elsewhere).</summary>
public static class ConsoleTheme
{
    public static readonly string[] FontStack = ["Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "sans-serif"];

    public static MudTheme Create() => new()
    {
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = FontStack },
            Button = new ButtonTypography { FontFamily = FontStack },
            Caption = new CaptionTypography { FontFamily = FontStack },
            Overline = new OverlineTypography { FontFamily = FontStack },
        },
    };
}
