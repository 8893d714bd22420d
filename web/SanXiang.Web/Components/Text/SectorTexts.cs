namespace SanXiang.Web.Components.Text;

/// <summary>What the console says about a sector whose plugin (行业插件) is not installed, in words an agency's staff understand.</summary>
public static class SectorTexts
{
    /// <summary>The short mark beside the sector's name.</summary>
    public const string NotConnected = "尚未接入办案功能";

    /// <summary>Why the mark is there, for its tooltip.</summary>
    public static string NotConnectedReason(string sector) =>
        $"平台尚未安装“{SectorNames.Chinese(sector)}”领域的行业插件，该领域的执法类别、办案程序和执法文书格式暂不可用；机关信息、实施方案和任务台账照常使用。";

    /// <summary>Why an agency of the sector cannot open cases, in place of an empty 执法类别 list.</summary>
    public static string NoProcedures(string sector) =>
        $"本机关所属领域“{SectorNames.Chinese(sector)}”尚未接入办案功能：平台上还没有该领域的行业插件，因此没有可选的执法类别和办案程序，暂不能在平台上新建案件。如需在平台上办案，请联系平台管理员。";
}
