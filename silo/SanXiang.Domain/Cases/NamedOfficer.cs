using SanXiang.Domain.Officers;

namespace SanXiang.Domain.Cases;

/// <summary>An officer of the agency's roster named on a command: how the case will record them, and their certificate's facts.</summary>
public sealed record NamedOfficer(CaseOfficer Officer, OfficerFacts Facts);
