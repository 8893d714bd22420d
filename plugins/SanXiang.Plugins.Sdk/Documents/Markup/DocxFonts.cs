namespace SanXiang.Plugins.Markup;

/// <summary>
/// GB/T 9704-2012 (党政机关公文格式) sizes in half-points and its typefaces. The East Asian name
/// is what matters: without w:eastAsia, LibreOffice and Word pick a Latin font for Chinese text.
/// </summary>
internal static class DocxFonts
{
    public const string Body = "仿宋_GB2312";
    public const string Title = "方正小标宋简体";
    public const string Heading = "黑体";
    public const string Latin = "Times New Roman";

    /// <summary>二号 (22 pt), the title.</summary>
    public const int SizeTitle = 44;

    /// <summary>三号 (16 pt), body text.</summary>
    public const int SizeBody = 32;

    /// <summary>四号 (14 pt), table cells of forms (审批表、笔录).</summary>
    public const int SizeTable = 28;
}
