using GraphQL;
using SanXiang.Domain.Plans;
using SanXiang.Silo.Plans;
using SanXiang.Web.Plans;

namespace SanXiang.Web.GraphQL.Schema.Plans;

/// <summary>A row of the 工作任务分解台账.</summary>
[Name("LedgerTask")]
public sealed class LedgerTaskNode(LedgerTask task, PlanStanding standing)
{
    private LedgerTaskProgress Progress => standing.Record.ProgressOf(task, standing.Today);

    public int Id => task.Id;

    public string GroupNo => task.GroupNo;

    public string Group => task.Group;

    public string Measure => task.Measure;

    public string ResponsibleUnits => task.ResponsibleUnits;

    /// <summary>The deadline as the ledger words it (e.g. 长期执行).</summary>
    public string Deadline => task.Deadline;

    /// <summary>The first due date (yyyy-MM-dd), if the deadline names one.</summary>
    public string? Due => IsoDate.Format(task.Due);

    public bool LongTerm => task.LongTerm;

    public LedgerTaskState State => Progress.State;

    /// <summary>A dated task past its date without a report of completion; a long-term one whose last half-year passed without a report.</summary>
    public bool Overdue => Progress.Overdue;

    /// <summary>The Beijing date of the last report (yyyy-MM-dd).</summary>
    public string? LastReportOn => IsoDate.Format(Progress.LastReportOn);

    public IEnumerable<LedgerReportNode> Reports => standing.Record.HistoryOf(task).CheckIns.Select(c => new LedgerReportNode(c, standing));
}
