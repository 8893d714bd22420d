using SanXiang.Domain.Disclosures;

namespace SanXiang.Domain.Cases.Events;

/// <summary>
/// <c>disclosure.drafted</c>: the decision is made and must be published by the draft's due day (computed on the calendar
/// when the decision was made, as every deadline of the record is), or it is barred from publishing.
/// </summary>
public sealed record DisclosureDrafted(DisclosureDraft Draft) : DisclosureEvent;
