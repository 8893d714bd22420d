using GraphQL;
using SanXiang.Silo.Plans;

namespace SanXiang.Web.GraphQL.Schema.Plans;

/// <summary>A row of the 工作任务分解台账.</summary>
[Name("LedgerTask")]
public sealed class LedgerTaskNode(LedgerTask task)
{
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
}
