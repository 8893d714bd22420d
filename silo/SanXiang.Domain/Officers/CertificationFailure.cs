namespace SanXiang.Domain.Officers;

public enum CertificationFailure
{
    None,
    NoCertificate,
    NotYetValid,
    Expired,
    Suspended,
    Revoked,
    CategoryNotCovered,
    AreaNotCovered,
}
