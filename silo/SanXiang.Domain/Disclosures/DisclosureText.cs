namespace SanXiang.Domain.Disclosures;

/// <summary>
/// What the staff member adds to a draft before it is published or corrected: the conclusion, basis or facts in other
/// words where the decision's own fall short (null keeps the draft's), and the names of people other than the party
/// that appear in the text and must be hidden (浙江省行政处罚决定信息公开暂行规定 第七条).
/// </summary>
public sealed record DisclosureText(
    string? Conclusion,
    string? Basis,
    string? Facts,
    IReadOnlyList<string> OtherNames)
{
    public static DisclosureText None { get; } = new(null, null, null, []);
}
