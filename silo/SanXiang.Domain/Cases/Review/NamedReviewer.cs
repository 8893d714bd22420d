namespace SanXiang.Domain.Cases.Review;

/// <summary>A roster officer named as a case's legal reviewer: how the case records them and the roster's reviewer flags.</summary>
public sealed record NamedReviewer(CaseOfficer Officer, bool IsReviewer, bool HasLegalQualification);
