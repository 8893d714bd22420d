namespace SanXiang.Domain.Officers;

/// <summary>An officer as the staffing check (<see cref="ReviewerStaffing"/>) sees them: their certificate and whether they are a legal reviewer.</summary>
public sealed record StaffedOfficer(OfficerFacts Facts, bool IsReviewer);
