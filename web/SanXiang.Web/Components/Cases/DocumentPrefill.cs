using System.Globalization;
using SanXiang.Plugins;
using SanXiang.Silo.Cases;

namespace SanXiang.Web.Components.Cases;

/// <summary>
/// The case's own facts for a document form, so the officer types only what the case does not know.
/// The service fills the same facts into fields left empty; showing them lets the officer check and correct them.
/// </summary>
public static class DocumentPrefill
{
    /// <summary>Filled by the document issuer from the gap-free sequence (GB/T 9704), never typed.</summary>
    public const string NumberField = "document_number";

    public static Dictionary<string, string> For(DocumentTemplate template, CaseView view, string agencyName, IReadOnlyList<CaseOfficer> officers, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(officers);
        var acting = officers.Count > 0 ? officers : view.Officers;
        var decision = view.Documents.LastOrDefault(d => d.Kind is "penalty-decision" or "on-the-spot-decision" && d.Number is not null);
        var notice = view.Documents.LastOrDefault(d => d.Kind == "penalty-notice" && d.Number is not null);
        var facts = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["agency_name"] = agencyName,
            ["cause"] = view.Title,
            ["party_name"] = view.Party.Name,
            ["party_code"] = view.Party.IdCode,
            ["recipient"] = view.Party.Name,
            ["applicant"] = view.Party.Name,
            ["officers"] = string.Join("、", acting.Select(o => o.Name)),
            ["handlers"] = string.Join("、", acting.Select(o => o.Name)),
            ["servers"] = string.Join("、", acting.Select(o => o.Name)),
            ["certificate_numbers"] = string.Join("、", acting.Select(o => o.CertificateNumber)),
            ["case_number"] = view.Id,
            ["filing_date"] = Chinese(DateOnly.FromDateTime(CaseTime.Beijing(view.OpenedAt).DateTime)),
            ["decision_number"] = decision?.Number,
            ["served_documents"] = decision is null ? null : $"{decision.Name}（{decision.Number}）",
            ["notice_number"] = notice?.Number,
            ["notice_date"] = notice is null ? null : Chinese(DateOnly.FromDateTime(CaseTime.Beijing(notice.IssuedAt).DateTime)),
            ["category_name"] = Text.CategoryNames.Chinese(view.Category),
        };

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in template.Fields)
        {
            if (field.Name == NumberField)
            {
                continue;
            }

            if (facts.TryGetValue(field.Name, out var fact) && !string.IsNullOrEmpty(fact))
            {
                values[field.Name] = fact;
            }
            else if (field.Type == FieldType.Date)
            {
                // 成文日期 and the other dates of the day the document is made.
                values[field.Name] = Chinese(today);
            }
        }

        return values;
    }

    /// <summary>A date as documents write it (GB/T 9704 7.3.5.3: Arabic numerals, 年月日, no zero padding).</summary>
    public static string Chinese(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");
}
