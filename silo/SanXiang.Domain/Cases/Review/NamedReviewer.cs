namespace SanXiang.Domain.Cases.Review;

/// <summary>
/// A roster officer named as a case's legal reviewer: how the case records them, the roster's reviewer flags and
/// whether the agency still has them at work (<paramref name="IsActive"/> false once deactivated, 停用).
/// </summary>
public sealed record NamedReviewer(CaseOfficer Officer, bool IsReviewer, bool HasLegalQualification, bool IsActive);
