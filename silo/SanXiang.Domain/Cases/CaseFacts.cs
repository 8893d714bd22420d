using SanXiang.Domain.Cases.Review;
using SanXiang.Plugins;

namespace SanXiang.Domain.Cases;

/// <summary>
/// Fills the case's own facts (<see cref="CaseDocumentFacts"/>) into the template's fields the officer left
/// empty, so the same fact reads the same in every document of the case; then the agency's document defaults
/// (缴款银行、复议机关、诉讼法院, <see cref="Agencies.DocumentDefaultFields"/>) into the fields still empty.
/// </summary>
public static class CaseFacts
{
    public static IReadOnlyDictionary<string, string> Merge(
        DocumentTemplate template, IReadOnlyDictionary<string, string> given, CaseState state, string caseId, string? agencyName, DateOnly issuedOn, IReadOnlyDictionary<string, string>? agencyDefaults = null)
    {
        var facts = new Dictionary<string, string>(CaseDocumentFacts.For(caseId, state.Title, state.Party, state.Officers, state.OpenedAt, state.Documents, agencyName, issuedOn), StringComparer.Ordinal);
        foreach (var (name, value) in ReviewDocumentFacts.For(state.CurrentReview, state.Submission, state.Proposal))
        {
            facts[name] = value;
        }

        var fields = given.Where(f => !string.IsNullOrWhiteSpace(f.Value)).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        foreach (var field in template.Fields)
        {
            if (!fields.ContainsKey(field.Name) && facts.TryGetValue(field.Name, out var fact))
            {
                fields[field.Name] = fact;
            }
            else if (!fields.ContainsKey(field.Name) && agencyDefaults?.GetValueOrDefault(field.Name) is { } preset)
            {
                fields[field.Name] = preset;
            }
        }

        return fields;
    }
}
