using SanXiang.Plugins;

namespace SanXiang.Domain.Cases.Events;

/// <summary>
/// <c>case.opened</c>: 立案, with the sector whose procedure the case follows, that procedure by its
/// <see cref="PinnedProcedure.Hash"/> (null in cases opened before procedures were pinned: they follow the
/// sector's current one) and the deadlines counted from filing.
/// </summary>
public sealed record CaseOpened(
    string Title,
    EnforcementCategory Category,
    CaseParty Party,
    bool Simplified,
    decimal? ProposedFine,
    IReadOnlyList<CaseOfficer> Officers,
    string SectorId,
    string SectorVersion,
    IReadOnlyList<DeadlineEntry> Deadlines,
    string? ProcedureHash = null) : CaseEvent;
