using System.Text.RegularExpressions;
using SanXiang.Domain.Agencies;
using SanXiang.Silo.Agencies;

namespace SanXiang.Silo.Host.Catalog;

/// <summary>Reads an agency: a tenant's <c>agency.json</c>, or one entry of <c>departments.json</c>.</summary>
internal static partial class AgencyJson
{
    private static readonly string[] ProfileFields = ["source", "id", "name", "level", "sector", "regionCode", "parentId", "creditCode", "documentCode"];
    private static readonly string[] AgencyFields = [.. ProfileFields, "orgUnits", "leadingGroup"];
    private static readonly string[] OrgUnitFields = ["name", "duties"];

    /// <summary>A supervising department: profile only, not onboarded.</summary>
    public static AgencyDraft? ReadDepartment(JsonCursor json)
    {
        if (!json.ExpectObject("部门"))
        {
            return null;
        }

        json.AllowOnly(ProfileFields);
        var profile = ReadProfile(json, onboarded: false);
        return profile is null ? null : new AgencyDraft(new Agency(profile, [], null, null), json);
    }

    /// <summary>An onboarded agency with its sections and leading group.</summary>
    public static AgencyDraft? ReadAgency(JsonCursor json)
    {
        if (!json.ExpectObject("机关"))
        {
            return null;
        }

        json.AllowOnly(AgencyFields);
        var profile = ReadProfile(json, onboarded: true);
        var units = json.Array("orgUnits").Select(ReadOrgUnit).ToList();
        var group = json.OptionalObject("leadingGroup") is { } g ? LeadingGroupJson.Read(g, units) : null;
        if (profile is null || units.Contains(null))
        {
            return null;
        }

        return new AgencyDraft(new Agency(profile, [.. units.OfType<OrgUnit>()], group, null), json);
    }

    private static AgencyProfile? ReadProfile(JsonCursor json, bool onboarded)
    {
        if (json.Element.TryGetProperty("id", out var seen) && seen.ValueKind == System.Text.Json.JsonValueKind.String)
        {
            json.Source.Problems.SeenIds.Add(seen.GetString()!);
        }

        var source = json.String("source");
        var id = json.String("id");
        var name = json.String("name");
        var levelText = json.String("level");
        var sector = json.String("sector");
        var region = json.String("regionCode");
        var parent = json.OptionalString("parentId");
        var credit = json.OptionalString("creditCode");
        // The only field that may be left out: the seeds name no 机关代字, so most entries derive one.
        var documentCode = json.Element.TryGetProperty("documentCode", out _) ? json.OptionalString("documentCode") : null;

        if (source is not null && !SeedFile().IsMatch(source))
        {
            json.Field("source").Report($"来源“{source}”应为种子文件的路径，如 seeds/003_0421154bb7fb29cd.txt。");
        }

        if (id is not null && !TenantId.IsValid(id))
        {
            json.Field("id").Report($"机关编号“{id}”无效：应为 2–40 位小写字母、数字或连字符，以字母开头，且不能是保留字“{GrainKeys.Platform}”。");
        }

        if (parent is not null && !TenantId.IsValid(parent))
        {
            json.Field("parentId").Report($"上级机关编号“{parent}”无效。");
        }

        AgencyLevel? level = levelText switch
        {
            null => null,
            nameof(AgencyLevel.Province) => AgencyLevel.Province,
            nameof(AgencyLevel.City) => AgencyLevel.City,
            nameof(AgencyLevel.County) => AgencyLevel.County,
            nameof(AgencyLevel.Township) => AgencyLevel.Township,
            _ => null,
        };
        if (levelText is not null && level is null)
        {
            json.Field("level").Report($"层级“{levelText}”无效，应为 Province（省级）、City（市级）、County（县级）或 Township（乡镇级）。");
        }

        if (sector is not null && !Sector().IsMatch(sector))
        {
            json.Field("sector").Report($"领域“{sector}”无效：应为小写英文词，用连字符连接，如 market-regulation。");
        }

        var regionOk = region is not null && CheckRegion(json, region, level);
        CheckCreditCode(json, credit);

        if (source is null || id is null || name is null || level is null || sector is null || !regionOk)
        {
            return null;
        }

        return new AgencyProfile(id, name, level.Value, sector, region!, parent, credit, onboarded, source, documentCode);
    }

    private static bool CheckRegion(JsonCursor json, string region, AgencyLevel? level)
    {
        if (!RegionCode.IsValid(region))
        {
            json.Field("regionCode").Report($"行政区划代码“{region}”无效：应为 6 位数字（GB/T 2260）。");
            return false;
        }

        var fits = level is not { } known || AgencyProfileRules.RegionFitsLevel(region, known);
        if (!fits)
        {
            json.Field("regionCode").Report($"行政区划代码“{region}”与层级 {level} 不符：省级以 0000 结尾，市级以 00 结尾，县级和乡镇级不以 00 结尾。");
        }

        return fits;
    }

    private static void CheckCreditCode(JsonCursor json, string? credit)
    {
        switch (credit is null ? CreditCodeCheck.Valid : UnifiedSocialCreditCode.Check(credit))
        {
            case CreditCodeCheck.Malformed:
                json.Field("creditCode").Report($"统一社会信用代码“{credit}”格式不正确：应为 18 位数字或大写字母（不含 I、O、S、V、Z）；没有时请写 null。");
                break;
            case CreditCodeCheck.ChecksumMismatch:
                // GB 32100: some early pilot codes fail the check character; keep them, but say so.
                json.Field("creditCode").Warn($"统一社会信用代码“{credit}”校验位不符（部分早期代码如此），已照录。");
                break;
        }
    }

    private static OrgUnit? ReadOrgUnit(JsonCursor json)
    {
        if (!json.ExpectObject("科室"))
        {
            return null;
        }

        json.AllowOnly(OrgUnitFields);
        var name = json.String("name");
        var duties = json.OptionalString("duties");
        return name is null ? null : new OrgUnit(name, duties);
    }

    [GeneratedRegex(@"^seeds/\d{3}_[0-9a-f]{16}\.txt$")]
    private static partial Regex SeedFile();

    [GeneratedRegex("^[a-z]+(-[a-z]+)*$")]
    private static partial Regex Sector();
}
