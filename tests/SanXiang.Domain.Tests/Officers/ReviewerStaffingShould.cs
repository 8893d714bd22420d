using SanXiang.Domain.Officers;

namespace SanXiang.Domain.Tests.Officers;

public class ReviewerStaffingShould
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(19, 1)]
    [InlineData(20, 1)]
    [InlineData(21, 2)]
    [InlineData(40, 2)]
    [InlineData(41, 3)]
    [InlineData(200, 10)]
    public void AskForFivePercentRoundedUpAndAtLeastOne(int officers, int required) =>
        Assert.Equal(required, ReviewerStaffing.Required(officers));

    [Fact]
    public void CallStaffingMetOnlyWhenReviewersReachTheRequirement()
    {
        Assert.False(ReviewerStaffing.Check(21, 1).Met);
        Assert.True(ReviewerStaffing.Check(21, 2).Met);
        Assert.False(ReviewerStaffing.Check(3, 0).Met);
    }
}
