using SanXiang.Plugins;
using SanXiang.Silo.Officers;

namespace SanXiang.Silo.Grains.Tests.Officers;

internal static class OfficerSamples
{
    public static readonly DateOnly Today = new(2026, 11, 23);

    public static Officer Officer(string certificate, string name = "张三", OfficerStatus status = OfficerStatus.Active, DateOnly? validTo = null, params EnforcementCategory[] categories) =>
        new(
            string.Empty,
            name,
            "执法大队",
            "执法队员",
            certificate,
            categories.Length == 0 ? [EnforcementCategory.Penalty, EnforcementCategory.Inspection] : categories,
            "许昌市",
            new DateOnly(2024, 1, 1),
            validTo ?? new DateOnly(2028, 12, 31),
            status,
            IsReviewer: false,
            HasLegalQualification: false);
}
