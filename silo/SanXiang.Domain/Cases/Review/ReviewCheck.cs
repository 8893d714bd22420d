namespace SanXiang.Domain.Cases.Review;

/// <summary>The reviewer's finding on one of the seven points and the note that explains it; a finding not chosen is null, and refused (<see cref="ReviewChecklistRule"/>).</summary>
public sealed record ReviewCheck(ReviewPoint Point, ReviewFinding? Finding, string Note);
