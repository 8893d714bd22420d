using GraphQL;
using SanXiang.Domain.Supervision;

namespace SanXiang.Web.GraphQL.Schema.Plans;

[Name("Indicator")]
public sealed class IndicatorNode(Indicator indicator)
{
    public string Id => indicator.Id;

    public string Name => indicator.Name;

    /// <summary>The formula in words (Chinese).</summary>
    public string Formula => indicator.Formula;

    /// <summary>numerator / denominator; null when the denominator is 0.</summary>
    public double? Value => indicator.Value;

    public int Numerator => indicator.Numerator;

    public int Denominator => indicator.Denominator;
}
