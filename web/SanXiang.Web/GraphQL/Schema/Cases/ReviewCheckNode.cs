using GraphQL;
using SanXiang.Domain.Cases.Review;

namespace SanXiang.Web.GraphQL.Schema.Cases;

/// <summary>One of the seven review points of an opinion: its number (1–7) and Chinese name, the finding and the reviewer's note.</summary>
[Name("ReviewCheck")]
public sealed class ReviewCheckNode(ReviewCheck check)
{
    public ReviewPoint Point => check.Point;

    public int Number => ReviewPoints.Number(check.Point);

    public string PointName => ReviewPoints.Name(check.Point);

    public ReviewFinding Finding => check.Finding ?? throw new InvalidDataException("An opinion's check without a finding.");

    public string FindingName => ReviewPoints.Name(Finding);

    public string Note => check.Note;
}
