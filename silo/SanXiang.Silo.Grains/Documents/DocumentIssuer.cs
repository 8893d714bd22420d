using SanXiang.Domain.Agencies;
using SanXiang.Plugins;
using SanXiang.Plugins.Validation;
using SanXiang.Silo.Agencies;
using SanXiang.Silo.Documents;
using SanXiang.Domain.Errors;
using SanXiang.Domain.Files;
using SanXiang.Silo.Sectors;
using SanXiang.Silo.Files;

namespace SanXiang.Silo.Grains.Documents;

/// <summary>
/// Issues a document in three moves so that only a document that exists takes a number: render with
/// a provisional number (a missing field, a broken template or an unusable pattern fails here and
/// takes nothing), take the next number from the sequence grain, render again with it and store the
/// .docx. Rendering is deterministic, so the second render fails only where the first did not — a
/// full disk, say — and then retrying the same document id gets the same number back.
/// </summary>
public sealed class DocumentIssuer(IGrainFactory grains, ISectorRegistry sectors, IBlobStore blobs) : IDocumentIssuer
{
    public const string DocxMediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public async Task<IssuedDocument> IssueAsync(DocumentIssueRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var plugin = sectors.Find(request.SectorId)
            ?? throw new SanXiangException(ErrorCodes.NotFound, $"执法领域“{request.SectorId}”的插件未加载，无法制作文书。");
        var template = plugin.DocumentTemplates.FirstOrDefault(t => t.Kind == request.Kind)
            ?? throw new SanXiangException(ErrorCodes.DocumentKindUnknown, $"执法领域“{plugin.Sector.Name}”没有文书种类“{request.Kind}”。");
        var pattern = template.NumberingPattern is { } p ? DocumentNumberPattern.Parse(p) : null;
        CheckRequiredFields(template, request.Fields, numbered: pattern is not null);

        string source;
        using (var reader = new StreamReader(plugin.OpenTemplate(template)))
        {
            source = await reader.ReadToEndAsync(cancellationToken);
        }

        var values = request.Fields.ToDictionary(f => f.Key, object? (f) => f.Value, StringComparer.Ordinal);
        string? number = null;
        if (pattern is not null)
        {
            // A pattern without 机关代字 (a sector's fixed prefix) needs no agency.
            var agencyCode = pattern.Pattern.Contains("{" + DocumentNumberPattern.AgencyCode + "}", StringComparison.Ordinal)
                ? await AgencyCodeAsync(request.TenantId)
                : string.Empty;
            values[TemplateSamples.DocumentNumberField] = pattern.Format(agencyCode, request.IssuedOn.Year, 1);
            DocumentRenderer.Render(template.Resource, source, values);

            var sequence = grains.GetGrain<ISequenceGrain>(SequenceKeys.For(request.TenantId, template.Kind, request.IssuedOn.Year));
            number = pattern.Format(agencyCode, request.IssuedOn.Year, await sequence.TakeAsync(request.CaseId, request.DocumentId));
            values[TemplateSamples.DocumentNumberField] = number;
        }

        var docx = DocumentRenderer.Render(template.Resource, source, values);
        var file = await blobs.WriteAsync(docx, FileName(template.Name, number), DocxMediaType, cancellationToken);
        return new IssuedDocument(template.Kind, template.Name, number, file);
    }

    // MARKUP.md leaves required fields to the caller: Liquid renders a missing value as empty text,
    // which would put a blank party name on an official document.
    private static void CheckRequiredFields(DocumentTemplate template, IReadOnlyDictionary<string, string> fields, bool numbered)
    {
        var missing = template.Fields
            .Where(f => f.Required && !(numbered && f.Name == TemplateSamples.DocumentNumberField))
            .Where(f => !fields.TryGetValue(f.Name, out var value) || string.IsNullOrWhiteSpace(value))
            .Select(f => $"{f.Label}（{f.Name}）")
            .ToList();
        if (missing.Count > 0)
        {
            throw new SanXiangException(ErrorCodes.ValidationFailed, $"《{template.Name}》缺少必填项：{string.Join("、", missing)}。");
        }
    }

    private async Task<string> AgencyCodeAsync(string tenantId)
    {
        var agency = await grains.GetGrain<IAgencyGrain>(tenantId).GetAsync()
            ?? throw new SanXiangException(ErrorCodes.TenantNotFound, $"机关“{tenantId}”不存在，无法编制文号。");
        return agency.Profile.DocumentCode ?? AgencyDocumentCode.Default(agency.Profile.Name);
    }

    // The number holds 〔〕 and Chinese, which file systems and browsers keep; only path characters go.
    private static string FileName(string name, string? number)
    {
        var invalid = Path.GetInvalidFileNameChars();
        var stem = number is null ? name : $"{name}-{number}";
        return string.Concat(stem.Select(c => invalid.Contains(c) || c is '/' or '\\' or ':' ? '_' : c)) + ".docx";
    }
}
