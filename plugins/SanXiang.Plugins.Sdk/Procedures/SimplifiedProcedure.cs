namespace SanXiang.Plugins;

/// <summary>
/// 当场处罚 (简易程序), 行政处罚法 第五十一条: only a warning, or a fine of at most
/// <see cref="MaxFineCitizen"/> yuan for a citizen or <see cref="MaxFineOrganisation"/> yuan for an organisation.
/// </summary>
public sealed record SimplifiedProcedure(
    decimal MaxFineCitizen,
    decimal MaxFineOrganisation,
    string Article,
    IReadOnlyList<ProcedureStep> Steps);
