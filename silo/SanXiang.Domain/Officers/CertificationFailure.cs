namespace SanXiang.Domain.Officers;

public enum CertificationFailure
{
    None,
    NoCertificate,
    NotYetValid,
    Expired,
    Suspended,
    Revoked,
    Inactive,
    CategoryNotCovered,
    AreaNotCovered,
}
