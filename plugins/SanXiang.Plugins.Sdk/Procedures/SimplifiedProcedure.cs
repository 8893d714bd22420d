namespace SanXiang.Plugins;

/// <summary>
/// 当场处罚 (简易程序), 行政处罚法 第五十一条: only a warning, or a fine of at most
/// <see cref="MaxFineCitizen"/> yuan for a citizen or <see cref="MaxFineOrganisation"/> yuan for an organisation.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record SimplifiedProcedure(
    [property: Id(0)] decimal MaxFineCitizen,
    [property: Id(1)] decimal MaxFineOrganisation,
    [property: Id(2)] string Article,
    [property: Id(3)] IReadOnlyList<ProcedureStep> Steps);
