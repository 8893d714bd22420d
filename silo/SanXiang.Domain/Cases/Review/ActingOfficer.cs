namespace SanXiang.Domain.Cases.Review;

/// <summary>
/// Who the signed-in account is in the agency: the officer its membership is linked to (<paramref name="OfficerId"/>, the
/// normalised certificate number; null when nobody linked the account) and that officer as the roster has them now
/// (null when the linked officer is no longer listed).
/// </summary>
public sealed record ActingOfficer(string? OfficerId, NamedReviewer? Officer)
{
    public static ActingOfficer Unlinked { get; } = new(null, null);
}
