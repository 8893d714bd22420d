using SanXiang.Domain.Plans;

namespace SanXiang.Domain.Tests.Plans;

public sealed class PlanDateShiftShould
{
    [Fact]
    public void KeepAMonthsLastDayItsLastDay()
    {
        var shift = PlanDateShift.Between(new DateOnly(2019, 5, 1), new DateOnly(2027, 2, 10));

        Assert.Equal(new DateOnly(2027, 2, 28), shift.Apply(new DateOnly(2019, 5, 31)));
        Assert.Equal(new DateOnly(2027, 2, 25), shift.Apply(new DateOnly(2019, 5, 25)));
        Assert.Equal(new DateOnly(2027, 5, 31), shift.Apply(new DateOnly(2019, 8, 31)));
    }

    [Fact]
    public void MoveTheMonthsTheTextNamesAndLeaveTheRest()
    {
        var shift = new PlanDateShift(14);

        Assert.Equal("2020年12月；并长期执行，适时调整。", shift.Apply("2019 年 10 月；并长期执行，适时调整。"));
        Assert.Equal("于2020年7月25日前报县司法局备案", shift.Apply("于2019年5月25日前报县司法局备案"));
        Assert.Equal("长期执行", shift.Apply("长期执行"));
    }
}
