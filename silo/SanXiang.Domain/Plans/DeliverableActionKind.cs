namespace SanXiang.Domain.Plans;

public enum DeliverableActionKind
{
    /// <summary>报送: the agency files the material with its superior.</summary>
    Filed,

    /// <summary>审核通过: the superior accepts it.</summary>
    Approved,

    /// <summary>退回: the superior sends it back with a remark, to be filed again.</summary>
    Returned,
}
