namespace SanXiang.Domain.Supervision;

/// <summary>What a finding points at, so the console links it to the right page.</summary>
public enum FindingSubject
{
    /// <summary>A case (its page: the case file).</summary>
    Case,

    /// <summary>An officer acting on a case (the case, and the officer's roster entry).</summary>
    CaseOfficer,

    /// <summary>An agency's implementation plan and its ledger.</summary>
    Ledger,
}
