namespace SanXiang.Silo.Agencies;

[GenerateSerializer]
public enum LeadingGroupRole
{
    /// <summary>组长: the first responsible person (第一责任人).</summary>
    Head,

    /// <summary>副组长</summary>
    Deputy,

    /// <summary>成员</summary>
    Member,

    /// <summary>办公室主任</summary>
    OfficeDirector,
}
