using SanXiang.Domain.Officers;

namespace SanXiang.Domain.Tests.Officers;

public class ReviewerQualificationShould
{
    [Fact]
    public void RequireTheLegalQualificationForAFirstReview() =>
        Assert.Contains("第五十八条", ReviewerQualification.Check("李四", isReviewer: true, hasLegalQualification: false, firstReview: true), StringComparison.Ordinal);

    [Fact]
    public void LetAQualifiedOrExperiencedReviewerReview()
    {
        Assert.Null(ReviewerQualification.Check("李四", isReviewer: true, hasLegalQualification: true, firstReview: true));
        Assert.Null(ReviewerQualification.Check("李四", isReviewer: true, hasLegalQualification: false, firstReview: false));
    }

    [Fact]
    public void RefuseAnOfficerWhoIsNotAReviewer() =>
        Assert.NotNull(ReviewerQualification.Check("李四", isReviewer: false, hasLegalQualification: true, firstReview: false));
}
