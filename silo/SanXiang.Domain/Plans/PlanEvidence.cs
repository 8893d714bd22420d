namespace SanXiang.Domain.Plans;

/// <summary>
/// What a filing or a check-in points to as its proof: a document by its title and, where it has one, its number
/// (e.g. 《玉溪市司法局行政执法公示办法》, 玉司发〔2019〕12号). Progress counts evidence, never a status typed in.
/// </summary>
public sealed record PlanEvidence(string Title, string? DocumentNumber);
