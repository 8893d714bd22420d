using SanXiang.Web.Officers;

namespace SanXiang.Web.Onboarding;

/// <summary>
/// The sheets of an onboarding workbook and their headers. A .xlsx holds them as worksheets by these names; a .csv is one
/// sheet, told by the column only that sheet has (<see cref="KeyColumn"/>). Rows name their agency (所属机关) by its
/// 统一社会信用代码 or its name as the 机关 sheet gives it.
/// </summary>
public static class OnboardingColumns
{
    public const string AgencySheet = "机关";
    public const string OrgUnitSheet = "内设机构";
    public const string OfficerSheet = "执法人员";
    public const string LeadingGroupSheet = "领导小组";

    public const string Name = "机关名称";
    public const string CreditCode = "统一社会信用代码";
    public const string RegionCode = "行政区划代码";
    public const string Level = "层级";
    public const string Sector = "行业";
    public const string Parent = "上级机关";
    public const string DocumentCode = "机关代字";

    public const string Agency = "所属机关";
    public const string OrgUnitName = "内设机构名称";
    public const string Duties = "职责";
    public const string GroupName = "领导小组名称";
    public const string Office = "领导小组办公室";
    public const string Role = "小组职务";
    public const string MemberName = "姓名";
    public const string Title = "职务";

    public static IReadOnlyList<string> AgencyColumns { get; } = [Name, CreditCode, RegionCode, Level, Sector, Parent, DocumentCode];

    public static IReadOnlyList<string> OrgUnitColumns { get; } = [Agency, OrgUnitName, Duties];

    public static IReadOnlyList<string> OfficerColumnsWithAgency { get; } = [Agency, .. OfficerColumns.All];

    public static IReadOnlyList<string> LeadingGroupColumns { get; } = [Agency, GroupName, Office, Role, MemberName, Title];

    public static IReadOnlyList<(string Sheet, IReadOnlyList<string> Columns)> Sheets { get; } =
    [
        (AgencySheet, AgencyColumns),
        (OrgUnitSheet, OrgUnitColumns),
        (OfficerSheet, OfficerColumnsWithAgency),
        (LeadingGroupSheet, LeadingGroupColumns),
    ];

    /// <summary>The column that tells a .csv's sheet.</summary>
    public static string KeyColumn(string sheet) => sheet switch
    {
        AgencySheet => CreditCode,
        OrgUnitSheet => OrgUnitName,
        OfficerSheet => OfficerColumns.CertificateNumber,
        LeadingGroupSheet => Role,
        _ => throw new ArgumentOutOfRangeException(nameof(sheet), sheet, null),
    };
}
