using SanXiang.Plugins;

namespace SanXiang.Domain.Cases;

/// <summary>
/// Files a case (立案, 行政处罚法 第五十四条). <paramref name="ProposedFine"/> (yuan; 0 for a warning) decides
/// whether the simplified procedure (简易程序, 第五十一条) is allowed; <paramref name="OfficerIds"/> are the
/// officers in charge (承办人).
/// </summary>
public sealed record OpenCaseCommand(
    string Title,
    EnforcementCategory Category,
    CaseParty Party,
    bool Simplified,
    decimal? ProposedFine,
    IReadOnlyList<string> OfficerIds,
    string Actor,
    DateTimeOffset At);
