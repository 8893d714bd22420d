namespace SanXiang.Silo.Cases;

/// <summary>The order a case list comes in.</summary>
public enum CaseOrder
{
    /// <summary>Newest filing first: the agency's case lists and searches.</summary>
    Newest,

    /// <summary>
    /// 我的案件: overdue first, then the nearest next deadline, then the earliest filing; cases with no deadline running
    /// (closed, or none dated yet) last. Only for one officer's cases of one agency (<see cref="CaseQuery.OfficerId"/>).
    /// </summary>
    Urgent,
}
