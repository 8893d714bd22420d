namespace SanXiang.Domain.Officers;

/// <summary>
/// Whether a certificate may be used: suspended (暂扣) and revoked (吊销/注销) ones may not, nor may an officer the
/// agency deactivated (停用: transferred, retired…), who stays on record for the cases they acted on.
/// </summary>
public enum OfficerStanding
{
    Active,
    Suspended,
    Revoked,
    Inactive,
}
