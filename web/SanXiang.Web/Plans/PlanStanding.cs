using SanXiang.Domain.Plans;
using SanXiang.Silo.Plans;

namespace SanXiang.Web.Plans;

/// <summary>
/// An agency's plan as its readers see it on <see cref="Today"/> (a Beijing date): the record, with the people and
/// agencies its history names resolved to names (an account that is gone keeps its user name).
/// </summary>
public sealed record PlanStanding(
    PlanRecord Record,
    DateOnly Today,
    IReadOnlyDictionary<string, string> People,
    IReadOnlyDictionary<string, string> Agencies)
{
    public PlanProgress Progress => Record.Progress(Today);

    public string PersonName(string userName) => People.GetValueOrDefault(userName) ?? userName;

    public string AgencyName(string agencyId) => Agencies.GetValueOrDefault(agencyId) ?? agencyId;
}
