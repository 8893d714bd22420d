using System.Collections.Immutable;

namespace SanXiang.Domain.Calendar;

/// <summary>
/// A value computed on a calendar, with the years whose provisional (not yet officially announced)
/// arrangement it relied on. An answer with any provisional year may change when the notice comes out.
/// </summary>
public sealed record CalendarAnswer<T>(T Value, ImmutableSortedSet<int> ProvisionalYears)
{
    public bool Provisional => !ProvisionalYears.IsEmpty;
}
