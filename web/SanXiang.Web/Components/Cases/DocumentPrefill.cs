using SanXiang.Domain.Officers;
using SanXiang.Plugins;
using SanXiang.Domain.Cases;
using SanXiang.Domain.Cases.Review;
using SanXiang.Silo.Cases;

namespace SanXiang.Web.Components.Cases;

/// <summary>
/// The case's own facts for a document form, so the officer types only what the case does not know.
/// The service fills the same facts into fields left empty; showing them lets the officer check and correct them.
/// The agency's document defaults (缴款银行、复议机关、诉讼法院, from its settings page) fill what the case does not know.
/// </summary>
public static class DocumentPrefill
{
    /// <summary>Filled by the document issuer from the gap-free sequence (GB/T 9704), never typed.</summary>
    public const string NumberField = "document_number";

    public static Dictionary<string, string> For(
        DocumentTemplate template, CaseView view, string agencyName, IReadOnlyList<CaseOfficer> officers, DateOnly today, IReadOnlyDictionary<string, string>? agencyDefaults = null)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(officers);
        var acting = officers.Count > 0 ? officers : view.Officers;
        var facts = new Dictionary<string, string>(
            CaseDocumentFacts.For(view.Id, view.Title, view.Party, acting, view.OpenedAt, view.Documents, agencyName, today),
            StringComparer.Ordinal)
        {
            ["category_name"] = EnforcementCategoryNames.Chinese(view.Category),
        };
        foreach (var (name, value) in ReviewDocumentFacts.For(view.Review, view.Submission, view.Proposal))
        {
            facts[name] = value;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in template.Fields)
        {
            if (field.Name == NumberField)
            {
                continue;
            }

            if (facts.TryGetValue(field.Name, out var fact))
            {
                values[field.Name] = fact;
            }
            else if (agencyDefaults?.GetValueOrDefault(field.Name) is { } preset)
            {
                values[field.Name] = preset;
            }
            else if (field.Type == FieldType.Date)
            {
                // 成文日期 and the other dates of the day the document is made.
                values[field.Name] = CaseDocumentFacts.ChineseDate(today);
            }
        }

        return values;
    }
}
