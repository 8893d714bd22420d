namespace SanXiang.Silo.Officers;

/// <summary>The standing of an officer's certificate.</summary>
[GenerateSerializer]
public enum OfficerStatus
{
    /// <summary>在岗：may act within the certificate's categories and validity.</summary>
    Active,

    /// <summary>暂扣：may not act until restored.</summary>
    Suspended,

    /// <summary>吊销 / 注销：may not act again under this certificate.</summary>
    Revoked,

    /// <summary>停用：deactivated by the agency (调离、退休…); on record for past cases, never on a new step.</summary>
    Inactive,
}
