namespace SanXiang.Silo.Agencies;

/// <summary>行政层级 of an agency.</summary>
[GenerateSerializer]
public enum AgencyLevel
{
    /// <summary>省级</summary>
    Province,

    /// <summary>市级</summary>
    City,

    /// <summary>县级</summary>
    County,
}
