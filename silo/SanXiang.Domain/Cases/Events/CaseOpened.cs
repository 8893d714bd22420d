using SanXiang.Plugins;

namespace SanXiang.Domain.Cases.Events;

/// <summary><c>case.opened</c>: 立案, with the sector whose procedure the case follows and the deadlines counted from filing.</summary>
public sealed record CaseOpened(
    string Title,
    EnforcementCategory Category,
    CaseParty Party,
    bool Simplified,
    decimal? ProposedFine,
    IReadOnlyList<CaseOfficer> Officers,
    string SectorId,
    string SectorVersion,
    IReadOnlyList<DeadlineEntry> Deadlines) : CaseEvent;
