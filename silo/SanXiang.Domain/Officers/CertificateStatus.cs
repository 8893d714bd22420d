namespace SanXiang.Domain.Officers;

/// <summary>A certificate's status as the public lookup shows it (<see cref="OfficerCertification.StatusOn"/>).</summary>
public enum CertificateStatus
{
    /// <summary>No certificate number recorded: nothing to show the public.</summary>
    None,

    /// <summary>有效</summary>
    Valid,

    /// <summary>尚未生效</summary>
    NotYetValid,

    /// <summary>已过期</summary>
    Expired,

    /// <summary>暂扣</summary>
    Suspended,

    /// <summary>吊销 / 注销</summary>
    Revoked,

    /// <summary>已停用: the agency deactivated the officer.</summary>
    Inactive,
}
