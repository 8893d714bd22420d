using System.Globalization;
using SanXiang.Domain.Officers;
using SanXiang.Silo.Accounts;
using SanXiang.Domain.Errors;
using SanXiang.Silo.Officers;
using SanXiang.Web.Auth;
using SanXiang.Web.GraphQL.Execution;
using SanXiang.Web.GraphQL.Schema.Tenants;
using SanXiang.Web.Officers;

namespace SanXiang.Web.GraphQL.Schema.Officers;

public static class OfficerMutations
{
    public static async Task<OfficerNode> AddAsync(AddOfficerInput input, GraphQLUserContext caller, TenantReader reader, AccountOfficers accounts)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(accounts);
        await RequireAdministratorAsync(caller, reader, input.TenantId, "添加");
        var categories = Categories(input.Categories);
        var officer = new Officer(
            OfficerId.FromCertificate(input.CertificateNumber),
            input.Name,
            input.Unit,
            input.Position,
            input.CertificateNumber,
            categories,
            input.Area,
            IsoDate.Parse(input.ValidFrom, "有效期起"),
            IsoDate.Parse(input.ValidTo, "有效期止"),
            OfficerStatus.Active,
            input.IsReviewer,
            input.HasLegalQualification);
        var added = await TenantReader.InTenantAsync(caller, input.TenantId, () => accounts.AddAsync(input.TenantId, officer, input.Username));
        return new OfficerNode(added);
    }

    public static async Task<OfficerNode> UpdateAsync(UpdateOfficerInput input, GraphQLUserContext caller, TenantReader reader, IGrainFactory grains)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(grains);
        await RequireAdministratorAsync(caller, reader, input.TenantId, "修改");
        var id = OfficerId.FromCertificate(input.OfficerId);
        var officer = new Officer(
            id,
            input.Name,
            input.Unit,
            input.Position,
            input.OfficerId,
            Categories(input.Categories),
            input.Area,
            IsoDate.Parse(input.ValidFrom, "有效期起"),
            IsoDate.Parse(input.ValidTo, "有效期止"),
            OfficerStatus.Active,
            input.IsReviewer,
            input.HasLegalQualification);
        return new OfficerNode(await TenantReader.InTenantAsync(caller, input.TenantId, () => Grain(grains, input.TenantId, id).UpdateAsync(officer)));
    }

    public static async Task<OfficerNode> DeactivateAsync(
        string tenantId, string officerId, string reason, string on, GraphQLUserContext caller, TenantReader reader, IGrainFactory grains)
    {
        await RequireAdministratorAsync(caller, reader, tenantId, "停用");
        var day = IsoDate.Parse(on, "停用日期");
        var id = OfficerId.FromCertificate(officerId);
        return new OfficerNode(await TenantReader.InTenantAsync(caller, tenantId, () => Grain(grains, tenantId, id).DeactivateAsync(reason, day)));
    }

    public static async Task<OfficerNode> RenewCertificateAsync(
        string tenantId, string officerId, string validFrom, string validTo, GraphQLUserContext caller, TenantReader reader, IGrainFactory grains)
    {
        await RequireAdministratorAsync(caller, reader, tenantId, "换证");
        var (from, to) = (IsoDate.Parse(validFrom, "有效期起"), IsoDate.Parse(validTo, "有效期止"));
        var id = OfficerId.FromCertificate(officerId);
        return new OfficerNode(await TenantReader.InTenantAsync(caller, tenantId, () => Grain(grains, tenantId, id).RenewCertificateAsync(from, to)));
    }

    private static IOfficerGrain Grain(IGrainFactory grains, string tenantId, string officerId) =>
        grains.GetGrain<IOfficerGrain>(Silo.GrainKeys.For(tenantId, officerId));

    private static List<Plugins.EnforcementCategory> Categories(IEnumerable<string> names) =>
        [.. names.Select(c => EnforcementCategoryNames.FromChinese(c) ?? throw new SanXiangException(ErrorCodes.ValidationFailed, $"执法类别“{c}”不是已知类别。"))];

    public static async Task<ImportOfficersPayload> ImportAsync(
        string tenantId, string fileName, string contentBase64, GraphQLUserContext caller, TenantReader reader, OfficerImporter importer)
    {
        ArgumentNullException.ThrowIfNull(importer);
        await RequireAdministratorAsync(caller, reader, tenantId, "导入");
        byte[] content;
        try
        {
            content = Convert.FromBase64String(contentBase64);
        }
        catch (FormatException)
        {
            throw new SanXiangException(ErrorCodes.ValidationFailed, "contentBase64 不是有效的 Base64 编码。");
        }

        var result = await TenantReader.InTenantAsync(caller, tenantId, () => importer.ImportAsync(tenantId, fileName, content));
        return new ImportOfficersPayload(result.Imported, result.Errors.Select(e => new ImportErrorNode(e)));
    }

    private static async Task RequireAdministratorAsync(GraphQLUserContext caller, TenantReader reader, string tenantId, string verb)
    {
        ArgumentNullException.ThrowIfNull(reader);
        await reader.GetVisibleAsync(caller, tenantId);
        if (!caller.User.IsPlatformAdmin() && !caller.User.RolesIn(tenantId).Contains(TenantRole.TenantAdmin))
        {
            throw new SanXiangException(ErrorCodes.Forbidden, $"只有平台管理员或本机关管理员可以{verb}执法人员。");
        }
    }

}
