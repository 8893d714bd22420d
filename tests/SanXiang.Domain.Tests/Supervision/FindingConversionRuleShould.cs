using SanXiang.Domain.Errors;
using SanXiang.Domain.Supervision;

namespace SanXiang.Domain.Tests.Supervision;

public class FindingConversionRuleShould
{
    private static readonly DateTimeOffset At = new(2026, 12, 2, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void RefuseAFindingAlreadyDismissedOrTurnedWithAChineseReason()
    {
        FindingConversionRule.RequireOpen(FindingState.Open);
        var dismissed = Assert.Throws<SanXiangException>(() => FindingConversionRule.RequireOpen(FindingState.Dismissed));
        var converted = Assert.Throws<SanXiangException>(() => FindingConversionRule.RequireOpen(FindingState.Converted));

        Assert.Equal([ErrorCodes.FindingAlreadyHandled, ErrorCodes.FindingAlreadyHandled], [dismissed.Code, converted.Code]);
        Assert.Equal("该监督线索已转为整改任务，不能重复转办。", converted.Message);
        Assert.Contains("已被忽略", dismissed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteTheProblemFromTheModelAndTheFactsUnlessTheSupervisorDid()
    {
        Assert.Equal("台账任务逾期未完成：有3项台账任务超过完成时限未完成。", FindingConversionRule.Problem("台账任务逾期未完成", "有3项台账任务超过完成时限未完成。", " "));
        Assert.Equal("请于期限内完成台账任务", FindingConversionRule.Problem("台账任务逾期未完成", "有3项台账任务超过完成时限未完成。", " 请于期限内完成台账任务 "));
    }

    [Fact]
    public void PutTheTaskOnlyIntoAnInspectionOfTheFindingsAgencyByTheDepartment()
    {
        var inspection = Inspection.Open("2026-1", "henan-sft", "xuchang", "2026年专项监督检查", 60, At, "王处长");

        FindingConversionRule.RequireInspectionFor(inspection, "henan-sft", "xuchang");
        var otherAgency = Assert.Throws<SanXiangException>(() => FindingConversionRule.RequireInspectionFor(inspection, "henan-sft", "xuchang-weidu"));
        var own = Assert.Throws<SanXiangException>(() => FindingConversionRule.RequireBelow("xuchang", "xuchang"));

        Assert.Equal((ErrorCodes.ValidationFailed, ErrorCodes.Forbidden), (otherAgency.Code, own.Code));
    }
}
