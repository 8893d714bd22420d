namespace SanXiang.Web.Plans.Reports;

/// <summary>The two reports a plan asks of the agency (DOMAIN.md §5: "a final self-check and summary report"), and the department's annual assessment of those below it.</summary>
public enum PlanReportKind
{
    /// <summary>自查报告: where the agency stands against its plan, addressed to its superior.</summary>
    SelfCheck,

    /// <summary>工作总结: what the agency did under the plan, its results, its shortfalls and next steps.</summary>
    Summary,

    /// <summary>年度考评表: a supervising department's table of the agencies below it, indicator by indicator (年终有考核).</summary>
    Assessment,
}
