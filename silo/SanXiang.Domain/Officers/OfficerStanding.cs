namespace SanXiang.Domain.Officers;

/// <summary>Whether a certificate may be used: suspended (暂扣) and revoked (吊销/注销) ones may not.</summary>
public enum OfficerStanding
{
    Active,
    Suspended,
    Revoked,
}
