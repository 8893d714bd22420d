namespace SanXiang.Web.Components.Plans;

/// <summary>
/// How a ledger row's deadline reads. A row such as "2019年10月，并长期执行" is both dated and
/// long-term, so it matches either filter.
/// </summary>
public enum DeadlineKind
{
    Any,
    Dated,
    LongTerm,
}
