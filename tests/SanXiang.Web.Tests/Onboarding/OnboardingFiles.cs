using System.Globalization;
using SanXiang.Domain.Agencies;
using SanXiang.Web.Officers;
using SanXiang.Web.Onboarding;

namespace SanXiang.Web.Tests.Onboarding;

/// <summary>Onboarding files as a department fills in the downloaded template: rows under the template's headers, agencies in 河南 (under 河南省司法厅).</summary>
public static class OnboardingFiles
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /// <summary>A 统一社会信用代码 with a right check character (GB 32100), distinct per <paramref name="serial"/> and <paramref name="run"/>.</summary>
    public static string CreditCode(int serial, string run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var body = "11411000" + run + serial.ToString("D5", CultureInfo.InvariantCulture);
        return Alphabet.Select(c => body + c).First(code => UnifiedSocialCreditCode.Check(code) == CreditCodeCheck.Valid);
    }

    /// <summary>A four-digit tag that keeps one test's credit codes apart from another's on a shared host.</summary>
    public static string Run() => Random.Shared.Next(0, 10_000).ToString("D4", CultureInfo.InvariantCulture);

    public static string[] Agency(string name, string code, string region = "411023", string level = "县级", string sector = "市场监管", string parent = "") =>
        [name, code, region, level, sector, parent, ""];

    public static string[] Officer(string agency, string name, string certificate) =>
        [agency, name, "执法大队", "执法队员", certificate, "行政处罚、行政检查", "许昌市", "2025-01-01", "2029-12-31", "否", "否"];

    public static byte[] Workbook(IReadOnlyList<string[]> agencies, IReadOnlyList<string[]>? officers = null, IReadOnlyList<string[]>? units = null, IReadOnlyList<string[]>? group = null) =>
        OnboardingTemplateFiles.Workbook(
        [
            (OnboardingColumns.AgencySheet, [OnboardingColumns.AgencyColumns, .. agencies]),
            (OnboardingColumns.OrgUnitSheet, [OnboardingColumns.OrgUnitColumns, .. units ?? []]),
            (OnboardingColumns.OfficerSheet, [OnboardingColumns.OfficerColumnsWithAgency, .. officers ?? []]),
            (OnboardingColumns.LeadingGroupSheet, [OnboardingColumns.LeadingGroupColumns, .. group ?? []]),
        ]);

    public static byte[] Csv(IReadOnlyList<string> header, IReadOnlyList<string[]> rows) =>
        Officers.OfficerFiles.Csv([[.. header], .. rows], Officers.OfficerFiles.Utf8WithBom);

    public static string[] Header(string sheet) => [.. OnboardingColumns.Sheets.Single(s => s.Sheet == sheet).Columns];

    public static IReadOnlyList<string> OfficerHeader => [OnboardingColumns.Agency, .. OfficerColumns.All];
}
