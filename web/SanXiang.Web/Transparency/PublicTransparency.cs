using System.Globalization;
using SanXiang.Domain.Integrity;
using SanXiang.Silo;
using SanXiang.Silo.Transparency;
using SanXiang.Tenancy;
using SanXiang.Tenancy.Stores;

namespace SanXiang.Web.Transparency;

/// <summary>
/// The public side of each agency's transparency log: anyone may fetch the signed checkpoint and
/// the key, and check that an event of a case is in the signed tree, without signing in. Errors are
/// short Chinese text, as a person with curl reads them.
/// </summary>
internal static class PublicTransparency
{
    private const string Text = "text/plain; charset=utf-8";

    public static async Task<IResult> CheckpointAsync(string tenant, ITenantStore<SanXiangTenantInfo> tenants, IGrainFactory grains)
    {
        if (await LogOfAsync(tenant, tenants, grains) is not { } log)
        {
            return UnknownAgency(tenant);
        }

        return await log.GetLatestCheckpointAsync() is { } checkpoint
            ? Results.Text(checkpoint.Note, Text)
            : NoCheckpointYet();
    }

    public static async Task<IResult> KeyAsync(string tenant, ITenantStore<SanXiangTenantInfo> tenants, IGrainFactory grains)
    {
        if (await LogOfAsync(tenant, tenants, grains) is not { } log)
        {
            return UnknownAgency(tenant);
        }

        // PEM (SubjectPublicKeyInfo), which openssl and the offline verifier read as it is.
        return await log.GetPublicKeyHexAsync() is { } hex
            ? Results.Text(Sm2PublicKey.FromHex(hex).ToPem(), Text)
            : NoCheckpointYet();
    }

    /// <summary>The department's witness key as PEM, which verifies its <c>cosignature/v1</c> lines; 404 before it first cosigned.</summary>
    public static async Task<IResult> WitnessKeyAsync(string tenant, ITenantStore<SanXiangTenantInfo> tenants, IGrainFactory grains)
    {
        if (await tenants.TryGetByIdentifierAsync(tenant) is null)
        {
            return UnknownAgency(tenant);
        }

        var hex = await TenantCallContext.RunAsync(tenant, () => grains.GetGrain<IWitnessGrain>(tenant).GetPublicKeyHexAsync());
        return hex is not null
            ? Results.Text(Sm2PublicKey.FromHex(hex).ToPem(), Text)
            : Results.Text("本部门尚未为所监督的机关见证过检查点，还没有见证公钥。", Text, statusCode: StatusCodes.Status404NotFound);
    }

    public static async Task<IResult> ProofAsync(HttpContext http, string tenant, ITenantStore<SanXiangTenantInfo> tenants, IGrainFactory grains)
    {
        ArgumentNullException.ThrowIfNull(http);
        var caseId = http.Request.Query["case"].ToString();
        if (caseId.Length == 0)
        {
            return Results.Text("请用 case 参数给出案件编号。", Text, statusCode: StatusCodes.Status400BadRequest);
        }

        if (!long.TryParse(http.Request.Query["seq"].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) || sequence < 1)
        {
            return Results.Text("请用 seq 参数给出事件序号（从 1 开始的整数）。", Text, statusCode: StatusCodes.Status400BadRequest);
        }

        if (await LogOfAsync(tenant, tenants, grains) is not { } log)
        {
            return UnknownAgency(tenant);
        }

        var answer = await log.GetInclusionProofAsync(caseId, sequence);
        if (answer.Proof is not { } proof)
        {
            return Results.Text(answer.Problem, Text, statusCode: StatusCodes.Status404NotFound);
        }

        return Results.Json(new InclusionProofJson(
            tenant, proof.CaseId, proof.Sequence, proof.Algorithm, proof.EventHashHex, proof.LeafIndex, proof.TreeSize, proof.RootHex, proof.AuditPathHex));
    }

    // An unknown tenant must not activate a grain: look it up in the directory first. The calls are
    // made for the tenant whose public record this is, whoever (if anyone) is signed in.
    private static async Task<ITransparencyLogGrain?> LogOfAsync(string tenant, ITenantStore<SanXiangTenantInfo> tenants, IGrainFactory grains)
    {
        if (await tenants.TryGetByIdentifierAsync(tenant) is null)
        {
            return null;
        }

        TenantCallContext.Set(tenant);
        return grains.GetGrain<ITransparencyLogGrain>(tenant);
    }

    private static IResult UnknownAgency(string tenant) =>
        Results.Text($"未找到机关“{tenant}”。", Text, statusCode: StatusCodes.Status404NotFound);

    private static IResult NoCheckpointYet() =>
        Results.Text("本机关尚未发布签名检查点：检查点每日北京时间 00:05 至 06:05 之间签署。", Text, statusCode: StatusCodes.Status404NotFound);
}
