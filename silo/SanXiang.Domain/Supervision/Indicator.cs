namespace SanXiang.Domain.Supervision;

/// <summary>
/// A supervision indicator (DOMAIN.md §10: "each as numerator / denominator over a period, per agency and rolled up"):
/// its stable id, its Chinese name, its formula in words, and the two counts. <see cref="Value"/> is null when nothing
/// was due, rather than a 100 % that nothing earned.
/// </summary>
public sealed record Indicator(string Id, string Name, string Formula, int Numerator, int Denominator)
{
    public double? Value => Denominator == 0 ? null : (double)Numerator / Denominator;
}
