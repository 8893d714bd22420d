using System.Globalization;
using SanXiang.Plugins;
using SanXiang.Silo.Cases;
using SanXiang.Silo.Grains.Cases.Engine;

namespace SanXiang.Silo.Grains.Cases;

/// <summary>
/// The case's own facts a document template may ask for (case number, 案由, party, officers and their
/// certificates, dates, agency name): filled in where the template has the field and the officer left it empty,
/// so the same fact reads the same in every document of the case.
/// </summary>
internal static class CaseFacts
{
    public static IReadOnlyDictionary<string, string> Merge(DocumentTemplate template, IReadOnlyDictionary<string, string> given, CaseState state, string caseId, string? agencyName, DateOnly issuedOn)
    {
        var officers = string.Join("、", state.Officers.Select(o => o.Name));
        var certificates = string.Join("、", state.Officers.Select(o => o.CertificateNumber));
        var facts = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["agency_name"] = agencyName,
            ["case_number"] = caseId,
            ["cause"] = state.Title,
            ["party_name"] = state.Party.Name,
            ["party_code"] = state.Party.IdCode,
            ["applicant"] = state.Party.Name,
            ["handlers"] = officers,
            ["officers"] = officers,
            ["certificate_numbers"] = certificates,
            ["filing_date"] = Chinese(CaseDates.ChinaDate(state.OpenedAt)),
            ["date"] = Chinese(issuedOn),
        };
        var fields = given.Where(f => !string.IsNullOrWhiteSpace(f.Value)).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        foreach (var field in template.Fields)
        {
            if (!fields.ContainsKey(field.Name) && facts.GetValueOrDefault(field.Name) is { Length: > 0 } fact)
            {
                fields[field.Name] = fact;
            }
        }

        return fields;
    }

    private static string Chinese(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
}
