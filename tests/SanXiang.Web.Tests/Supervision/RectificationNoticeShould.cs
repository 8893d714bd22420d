using SanXiang.Domain.Calendar;
using SanXiang.Domain.Errors;
using SanXiang.Domain.Plans;
using SanXiang.Domain.Supervision;
using SanXiang.Plugins.Tests;
using SanXiang.Web.Supervision;

namespace SanXiang.Web.Tests.Supervision;

public sealed class RectificationNoticeShould : IDisposable
{
    private static readonly DateTimeOffset At = new(2026, 11, 2, 2, 0, 0, TimeSpan.Zero);
    private readonly string folder = Directory.CreateTempSubdirectory("sanxiang-notice-").FullName;

    [Fact]
    public async Task DraftANoticeOfAnOverdueTaskThatLibreOfficeOpens()
    {
        var standing = Standing(new DateOnly(2026, 12, 2));

        var docx = Path.Combine(folder, "notice.docx");
        await File.WriteAllBytesAsync(docx, RectificationNotice.Render(standing, standing.Inspection.Rectification("R1")));
        await LibreOffice.ConvertToPdfAsync(folder, [docx]);
        // Lines break wherever the page does, and pdftotext spaces digits from the characters around them in justified lines.
        var text = string.Concat((await LibreOffice.PdfTextAsync(Path.Combine(folder, "notice.pdf"))).Where(c => !char.IsWhiteSpace(c)));

        Assert.Contains("关于许昌市司法局整改任务逾期未完成情况的通报", text, StringComparison.Ordinal);
        Assert.Contains("2026年11月16日", text, StringComparison.Ordinal);
        Assert.Contains("已逾期16日", text, StringComparison.Ordinal);
        Assert.Contains("王某某", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RefuseANoticeBeforeTheDeadlineHasPassed()
    {
        var standing = Standing(new DateOnly(2026, 11, 16));

        var error = Assert.Throws<SanXiangException>(() => RectificationNotice.Render(standing, standing.Inspection.Rectification("R1")));

        Assert.Equal(ErrorCodes.RectificationNotOverdue, error.Code);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static InspectionStanding Standing(DateOnly today)
    {
        var inspection = Inspection.Open("i1", "henan-sft", "xuchang", "2026年行政执法“三项制度”专项监督检查", 60, At, "henan.supervisor")
            .RecordFinding(At, "henan.supervisor", "执法人员清单未按期更新 | 公示栏缺失")
            .AssignRectification(At, new DateOnly(2026, 11, 2), WorkingDayCalendar.Official, "henan.supervisor", "F1", null, "xuchang", new DateOnly(2026, 11, 16))
            .SubmitEvidence("R1", At, "xuchang.admin", "xuchang", "已更新", [new PlanEvidence("执法人员清单", null)])
            .Review("R1", At, "henan.supervisor", "henan-sft", accept: false, "清单仍缺三名执法人员");
        return new InspectionStanding(
            inspection,
            today,
            new Dictionary<string, string> { ["henan.supervisor"] = "王某某", ["xuchang.admin"] = "李某某" },
            new Dictionary<string, string> { ["henan-sft"] = "河南省司法厅", ["xuchang"] = "许昌市司法局" });
    }
}
