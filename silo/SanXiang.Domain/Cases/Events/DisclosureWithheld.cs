using SanXiang.Domain.Disclosures;

namespace SanXiang.Domain.Cases.Events;

/// <summary><c>disclosure.withheld</c>: the agency records that the decision is not published, on which ground and why.</summary>
public sealed record DisclosureWithheld(DisclosureBar Bar, string Reason) : DisclosureEvent;
