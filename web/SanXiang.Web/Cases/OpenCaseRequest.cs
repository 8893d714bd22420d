using SanXiang.Plugins;
using SanXiang.Domain.Cases;
using SanXiang.Silo.Cases;

namespace SanXiang.Web.Cases;

/// <summary>What an officer fills in to file a case (立案); who files it and when the service adds.</summary>
public sealed record OpenCaseRequest(
    string Title,
    EnforcementCategory Category,
    CaseParty Party,
    IReadOnlyList<string> OfficerIds,
    bool Simplified = false,
    decimal? ProposedFine = null);
