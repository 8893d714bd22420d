namespace SanXiang.Web.Officers;

/// <summary>The header row of an officer file, as the 执法人员清单 names its columns (DOMAIN.md §1).</summary>
public static class OfficerColumns
{
    public const string Name = "姓名";
    public const string Unit = "单位";
    public const string Position = "职务";
    public const string CertificateNumber = "证件编号";
    public const string Categories = "执法类别";
    public const string Area = "执法区域";
    public const string ValidFrom = "有效期起";
    public const string ValidTo = "有效期止";
    public const string IsReviewer = "法制审核人员";
    public const string HasLegalQualification = "法律职业资格";

    public static IReadOnlyList<string> All { get; } =
        [Name, Unit, Position, CertificateNumber, Categories, Area, ValidFrom, ValidTo, IsReviewer, HasLegalQualification];

    /// <summary>Columns a file must have; 职务 and 执法区域 may be left out.</summary>
    public static IReadOnlyList<string> Required { get; } =
        [Name, Unit, CertificateNumber, Categories, ValidFrom, ValidTo, IsReviewer, HasLegalQualification];
}
