namespace SanXiang.Domain.Cases.Events;

/// <summary>An event of the decision's after-decision disclosure (事后公开); <see cref="Disclosures.CaseDisclosure"/> folds them.</summary>
public abstract record DisclosureEvent : CaseEvent;
