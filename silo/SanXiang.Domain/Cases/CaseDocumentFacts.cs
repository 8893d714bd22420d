using System.Globalization;
using SanXiang.Domain.Cases.Engine;

namespace SanXiang.Domain.Cases;

/// <summary>
/// What a case already knows that its document templates ask for, by the templates' field names, so one fact
/// reads the same in every document of the case: the case grain fills these into fields the officer left empty,
/// and the console shows them in the document form first so the officer can check them.
/// </summary>
public static class CaseDocumentFacts
{
    /// <param name="officers">The officers acting on the document's step, or else the case's officers.</param>
    /// <param name="issuedOn">The date the document is made (its 成文日期).</param>
    public static IReadOnlyDictionary<string, string> For(
        string caseId,
        string title,
        CaseParty party,
        IReadOnlyList<CaseOfficer> officers,
        DateTimeOffset openedAt,
        IReadOnlyList<CaseDocumentView> documents,
        string? agencyName,
        DateOnly issuedOn)
    {
        ArgumentNullException.ThrowIfNull(party);
        ArgumentNullException.ThrowIfNull(officers);
        ArgumentNullException.ThrowIfNull(documents);
        var names = string.Join("、", officers.Select(o => o.Name));
        var decision = documents.LastOrDefault(d => d.Kind is "penalty-decision" or "on-the-spot-decision" && d.Number is not null);
        var notice = documents.LastOrDefault(d => d.Kind == "penalty-notice" && d.Number is not null);
        var facts = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["agency_name"] = agencyName,
            ["case_number"] = caseId,
            ["cause"] = title,
            ["party_name"] = party.Name,
            ["party_code"] = party.IdCode,
            ["recipient"] = party.Name,
            ["applicant"] = party.Name,
            ["officers"] = names,
            ["handlers"] = names,
            ["servers"] = names,
            ["certificate_numbers"] = string.Join("、", officers.Select(o => o.CertificateNumber)),
            ["filing_date"] = ChineseDate(CaseDates.ChinaDate(openedAt)),
            ["decision_number"] = decision?.Number,
            ["served_documents"] = decision is null ? null : $"{decision.Name}（{decision.Number}）",
            ["notice_number"] = notice?.Number,
            ["notice_date"] = notice is null ? null : ChineseDate(CaseDates.ChinaDate(notice.IssuedAt)),
            ["date"] = ChineseDate(issuedOn),
        };
        return facts.Where(f => !string.IsNullOrEmpty(f.Value)).ToDictionary(f => f.Key, f => f.Value!, StringComparer.Ordinal);
    }

    /// <summary>A date as documents write it (GB/T 9704 7.3.5.3: Arabic numerals, 年月日, no zero padding).</summary>
    public static string ChineseDate(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");

}
