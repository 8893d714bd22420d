namespace SanXiang.Silo.Accounts;

/// <summary>Roles a person holds within one agency.</summary>
[GenerateSerializer]
public enum TenantRole
{
    /// <summary>执法人员</summary>
    Officer,

    /// <summary>法制审核人员</summary>
    LegalReviewer,

    /// <summary>科室负责人</summary>
    SectionHead,

    /// <summary>机关负责人</summary>
    AgencyHead,

    /// <summary>监督人员 (of a supervising department)</summary>
    Supervisor,

    /// <summary>机关管理员</summary>
    TenantAdmin,
}
