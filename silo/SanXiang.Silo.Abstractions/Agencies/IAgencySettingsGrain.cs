namespace SanXiang.Silo.Agencies;

/// <summary>
/// The agency's own settings its administrator keeps on the settings page: for now the document defaults
/// (缴款银行、缴款账号、复议机关、诉讼法院, by template field name; SanXiang.Domain.Agencies.DocumentDefaultFields). Key: the tenant id.
/// </summary>
public interface IAgencySettingsGrain : IGrainWithStringKey
{
    /// <summary>The document defaults by template field name; empty until set.</summary>
    Task<IReadOnlyDictionary<string, string>> GetDocumentDefaultsAsync();

    /// <summary>Replaces the document defaults (empty values clear a field); VALIDATION_FAILED lists every field's problem.</summary>
    Task<IReadOnlyDictionary<string, string>> SaveDocumentDefaultsAsync(IReadOnlyDictionary<string, string?> values);
}
