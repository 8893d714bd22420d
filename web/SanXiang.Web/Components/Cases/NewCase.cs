using SanXiang.Plugins;
using SanXiang.Domain.Cases;
using SanXiang.Silo.Cases;

namespace SanXiang.Web.Components.Cases;

/// <summary>A case as the 新建案件 form files it; the actor and time are the service's to add.</summary>
public sealed record NewCase(
    string Title,
    EnforcementCategory Category,
    CaseParty Party,
    bool Simplified,
    decimal? ProposedFine,
    IReadOnlyList<string> OfficerIds);
