namespace SanXiang.Web.Onboarding;

/// <summary>
/// A problem of an onboarding file: the sheet, its row (0: the sheet or file as a whole; the header is row 1), the column
/// when one is to blame, the stable code (IMPORT_ROW_INVALID, IMPORT_DUPLICATE, …) and the reason in Chinese.
/// </summary>
public sealed record OnboardingError(string Sheet, int Row, string? Column, string Code, string Message)
{
    public override string ToString() =>
        (Row > 0 ? $"工作表“{Sheet}”第 {Row} 行" : $"工作表“{Sheet}”") + (Column is null ? "" : $"（{Column}）") + "：" + Message;
}
