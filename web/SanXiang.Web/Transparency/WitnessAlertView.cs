using SanXiang.Domain.Integrity.Witnessing;

namespace SanXiang.Web.Transparency;

/// <summary>A checkpoint the department refused to witness, with the agency's name and the Chinese sentence (<see cref="WitnessAlertText"/>).</summary>
public sealed record WitnessAlertView(
    string Id,
    string AgencyId,
    string AgencyName,
    WitnessOutcome Outcome,
    long OldSize,
    long NewSize,
    DateTimeOffset RaisedAt,
    string Message);
