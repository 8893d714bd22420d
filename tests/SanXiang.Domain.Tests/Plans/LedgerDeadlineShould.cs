using SanXiang.Domain.Plans;

namespace SanXiang.Domain.Tests.Plans;

public class LedgerDeadlineShould
{
    [Fact]
    public void ReadAMonthAsItsLastDay()
    {
        var deadline = LedgerDeadline.Parse("2019年10月");
        Assert.Equal(new DateOnly(2019, 10, 31), deadline.Due);
        Assert.False(deadline.LongTerm);
    }

    [Theory]
    [InlineData("2019年10月，并长期执行，适时调整。", 2019, 10)]
    [InlineData("2019年8月，并长期执行。", 2019, 8)]
    [InlineData("2019 年 10 月底前公开本年度执法决定信息，并长期执行。", 2019, 10)]
    [InlineData("2019年10月；并长期执行，适时调整。", 2019, 10)]
    public void KeepTheFirstDateOfATaskThatThenRecurs(string text, int year, int month)
    {
        var deadline = LedgerDeadline.Parse(text);
        Assert.Equal(new DateOnly(year, month, DateTime.DaysInMonth(year, month)), deadline.Due);
        Assert.True(deadline.LongTerm);
    }

    [Fact]
    public void ReadLongTermAloneAsNoDate()
    {
        var deadline = LedgerDeadline.Parse("长期执行");
        Assert.Null(deadline.Due);
        Assert.True(deadline.LongTerm);
    }

    [Theory]
    [InlineData("尽快")]
    [InlineData("2019年13月")]
    public void RefuseTextThatIsNeitherAMonthNorLongTerm(string text) =>
        Assert.Throws<FormatException>(() => LedgerDeadline.Parse(text));

    [Fact]
    public void CallADatedTaskOverdueOnlyAfterItsMonthAndOnlyIfNotDone()
    {
        var deadline = LedgerDeadline.Parse("2019年7月");
        Assert.False(deadline.IsOverdue(new DateOnly(2019, 7, 31), done: false));
        Assert.True(deadline.IsOverdue(new DateOnly(2019, 8, 1), done: false));
        Assert.False(deadline.IsOverdue(new DateOnly(2019, 8, 1), done: true));
    }
}
