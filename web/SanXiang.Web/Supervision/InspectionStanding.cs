using SanXiang.Domain.Supervision;

namespace SanXiang.Web.Supervision;

/// <summary>An inspection as the console and the API show it: the Domain's record, today's Beijing date, and names for ids.</summary>
public sealed record InspectionStanding(
    Inspection Inspection,
    DateOnly Today,
    IReadOnlyDictionary<string, string> People,
    IReadOnlyDictionary<string, string> Agencies)
{
    public string PersonName(string userName) => People.GetValueOrDefault(userName) ?? userName;

    public string AgencyName(string agencyId) => Agencies.GetValueOrDefault(agencyId) ?? agencyId;
}
