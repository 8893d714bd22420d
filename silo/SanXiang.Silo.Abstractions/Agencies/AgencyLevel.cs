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

    /// <summary>乡镇级: a township or street office (乡镇人民政府、街道办事处) or a county bureau's station there (e.g. 市场监管所).</summary>
    Township,
}
