using SanXiang.Domain.Errors;
using SanXiang.Web.Components.Text;
using SanXiang.Web.GraphQL.Execution;
using SanXiang.Web.Onboarding;

namespace SanXiang.Web.GraphQL.Schema.Onboarding;

public static class OnboardingResolvers
{
    public static async Task<ImportAgenciesPayload> ImportAsync(ImportAgenciesInput input, GraphQLUserContext caller, AgencyImporter importer)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(importer);
        Callers.RequireSignedIn(caller);
        var files = input.Files.Select((f, i) => new OnboardingFile(f.FileName, Decode(f.ContentBase64, i))).ToList();
        var start = input.PlanStart is null ? (DateOnly?)null : IsoDate.Parse(input.PlanStart, "方案起始日期");
        return Payload(await importer.ImportAsync(caller.User, input.TenantId, input.PlanTemplate, start, files, input.DryRun ?? false));
    }

    public static async Task<ImportAgenciesPayload> CreateAsync(CreateSubordinateAgencyInput input, GraphQLUserContext caller, AgencyImporter importer)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(importer);
        Callers.RequireSignedIn(caller);
        var start = input.PlanStart is null ? (DateOnly?)null : IsoDate.Parse(input.PlanStart, "方案起始日期");
        var agency = new AgencyFields(input.Name, input.CreditCode, input.RegionCode, LevelNames.Chinese(input.Level), input.Sector, input.ParentId, input.DocumentCode);
        return Payload(await importer.CreateAsync(caller.User, input.TenantId, input.PlanTemplate, start, agency));
    }

    private static ImportAgenciesPayload Payload(OnboardingResult result) =>
        new(
            result.Imported,
            result.DryRun,
            result.Officers,
            result.Agencies.Select(a => new OnboardedAgencyNode(a)),
            result.Errors.Select(e => new AgencyImportErrorNode(e)));

    public static async Task<IEnumerable<PlanTemplateNode>> TemplatesAsync(GraphQLUserContext caller, PlanTemplates templates)
    {
        ArgumentNullException.ThrowIfNull(templates);
        Callers.RequireSignedIn(caller);
        return (await templates.ListAsync()).Select(t => new PlanTemplateNode(t));
    }

    private static byte[] Decode(string content, int index)
    {
        try
        {
            return Convert.FromBase64String(content);
        }
        catch (FormatException)
        {
            throw new SanXiangException(ErrorCodes.ValidationFailed, $"第 {index + 1} 个文件的 contentBase64 不是有效的 Base64 编码。");
        }
    }
}
