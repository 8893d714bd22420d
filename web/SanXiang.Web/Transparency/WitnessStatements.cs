using System.Globalization;
using SanXiang.Domain.Errors;
using SanXiang.Silo;
using SanXiang.Silo.Transparency;
using SanXiang.Tenancy;
using SanXiang.Tenancy.Stores;
using SanXiang.Domain.Cases.Engine;

namespace SanXiang.Web.Transparency;

/// <summary>
/// The public statement of who witnessed an agency's latest checkpoint, for the portal, the /verify page and the API:
/// “已由 新田县司法局 见证（2026年12月2日 14:05）”. Anonymous: checkpoints and their cosignatures are published anyway;
/// every cosignature named has been verified with its witness's key by the log (TenantMerkleLog) before it is told here.
/// </summary>
public sealed class WitnessStatements(ITenantStore<SanXiangTenantInfo> tenants, IGrainFactory grains)
{
    /// <summary>TENANT_NOT_FOUND for an agency the platform does not know.</summary>
    public async Task<TransparencyView> GetAsync(string tenantId)
    {
        var agency = await tenants.TryGetByIdentifierAsync(tenantId)
            ?? throw new SanXiangException(ErrorCodes.TenantNotFound, $"未找到机关“{tenantId}”。");
        var latest = await TenantCallContext.RunAsync(tenantId, () => grains.GetGrain<ITransparencyLogGrain>(tenantId).GetLatestCheckpointAsync());
        var witnesses = new List<WitnessedBy>();
        foreach (var witnessing in latest?.Witnesses ?? [])
        {
            var department = await tenants.TryGetByIdentifierAsync(witnessing.DepartmentId);
            witnesses.Add(new WitnessedBy(witnessing.DepartmentId, department?.Name ?? witnessing.DepartmentId, witnessing.CosignedAt));
        }

        return new TransparencyView(tenantId, agency.Name, latest?.TreeSize, latest?.SignedAt, witnesses, Statement(latest is not null, witnesses));
    }

    /// <summary>The sentence the public reads, in Beijing time to the minute.</summary>
    public static string Statement(bool signed, IReadOnlyList<WitnessedBy> witnesses)
    {
        ArgumentNullException.ThrowIfNull(witnesses);
        if (!signed)
        {
            return "尚未发布签名检查点";
        }

        return witnesses.Count == 0
            ? "最新检查点尚未经监督部门见证"
            : string.Join("；", witnesses.Select(w => $"已由 {w.DepartmentName} 见证（{Minute(w.WitnessedAt)}）"));
    }

    private static string Minute(DateTimeOffset at) => at.ToOffset(CaseDates.ChinaOffset).ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture);
}
