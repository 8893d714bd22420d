namespace SanXiang.Domain.Officers;

/// <summary>The outcome of <see cref="OfficerCertification.Check"/>: certified, or why not (in Chinese).</summary>
public sealed record CertificationCheck(CertificationFailure Failure, string? Reason)
{
    public static CertificationCheck Certified { get; } = new(CertificationFailure.None, null);

    public bool IsCertified => Failure == CertificationFailure.None;
}
