namespace SanXiang.Domain.Disclosures;

/// <summary>Where a decision's after-decision disclosure (事后公开) stands.</summary>
public enum DisclosureStatus
{
    /// <summary>待公示: the decision is made and waits to be published by its due date.</summary>
    Draft,

    /// <summary>不予公开: barred (<see cref="DisclosureBar"/>); nothing of it reaches the portal.</summary>
    Withheld,

    /// <summary>已公示 (perhaps corrected since).</summary>
    Published,

    /// <summary>已撤回: the record's tombstone is in the chain; the portal shows that it was withdrawn.</summary>
    Withdrawn,
}
