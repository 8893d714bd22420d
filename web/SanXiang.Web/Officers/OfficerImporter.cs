using SanXiang.Silo;
using SanXiang.Silo.Officers;

namespace SanXiang.Web.Officers;

/// <summary>
/// Imports an officer file into a tenant's roster, all rows or none. The caller has checked who may
/// import and set the tenant call context.
/// </summary>
public sealed class OfficerImporter(IGrainFactory grains)
{
    public async Task<OfficerImportResult> ImportAsync(string tenantId, string fileName, byte[] content)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        var sheet = OfficerFileReader.Read(fileName, content);
        if (sheet.Errors.Count > 0)
        {
            return new OfficerImportResult(0, sheet.Errors);
        }

        // The roster checks again against the officers it already holds (and anything added since
        // the file was read); its problems come back by position and are told by file row.
        var problems = await grains.GetGrain<IOfficerRosterGrain>(tenantId).ImportAsync([.. sheet.Rows.Select(ToOfficer)]);
        return problems.Count == 0
            ? new OfficerImportResult(sheet.Rows.Count, [])
            : new OfficerImportResult(0, [.. problems.Select(p => new ImportError(sheet.Rows[p.Index].Row, p.Message))]);
    }

    public static Officer ToOfficer(OfficerRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new Officer(
            OfficerId.FromCertificate(row.CertificateNumber),
            row.Name,
            row.Unit,
            row.Position,
            row.CertificateNumber,
            row.Categories,
            row.Area,
            row.ValidFrom,
            row.ValidTo,
            OfficerStatus.Active,
            row.IsReviewer,
            row.HasLegalQualification);
    }
}
