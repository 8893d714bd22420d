using SanXiang.Silo.Supervision;

namespace SanXiang.Web.Supervision;

/// <summary>Rectification tasks from the read model, with the agencies' names and today's date for the overdue marks.</summary>
public sealed record RectificationListing(IReadOnlyList<RectificationSummary> Tasks, DateOnly Today, IReadOnlyDictionary<string, string> Agencies)
{
    public string AgencyName(string agencyId) => Agencies.GetValueOrDefault(agencyId) ?? agencyId;
}
