using SanXiang.Plugins;
using SanXiang.Silo.Cases;

namespace SanXiang.Silo.Grains.Cases.Events;

/// <summary><c>case.opened</c>: 立案, with the sector whose procedure the case follows and the deadlines counted from filing.</summary>
[GenerateSerializer, Immutable]
public sealed record CaseOpened(
    [property: Id(0)] string Title,
    [property: Id(1)] EnforcementCategory Category,
    [property: Id(2)] CaseParty Party,
    [property: Id(3)] bool Simplified,
    [property: Id(4)] decimal? ProposedFine,
    [property: Id(5)] IReadOnlyList<CaseOfficer> Officers,
    [property: Id(6)] string SectorId,
    [property: Id(7)] string SectorVersion,
    [property: Id(8)] IReadOnlyList<DeadlineEntry> Deadlines) : CaseEvent;
