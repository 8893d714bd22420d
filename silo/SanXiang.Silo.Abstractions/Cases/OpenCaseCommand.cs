using SanXiang.Plugins;
using SanXiang.Domain.Cases;

namespace SanXiang.Silo.Cases;

/// <summary>
/// Files a case (立案, 行政处罚法 第五十四条). <paramref name="ProposedFine"/> (yuan; 0 for a warning) decides
/// whether the simplified procedure (简易程序, 第五十一条) is allowed; <paramref name="OfficerIds"/> are the
/// officers in charge (承办人).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record OpenCaseCommand(
    [property: Id(0)] string Title,
    [property: Id(1)] EnforcementCategory Category,
    [property: Id(2)] CaseParty Party,
    [property: Id(3)] bool Simplified,
    [property: Id(4)] decimal? ProposedFine,
    [property: Id(5)] IReadOnlyList<string> OfficerIds,
    [property: Id(6)] string Actor,
    [property: Id(7)] DateTimeOffset At);
