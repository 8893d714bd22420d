namespace SanXiang.Domain.Plans;

public enum DeliverableState
{
    /// <summary>未报送.</summary>
    NotFiled,

    /// <summary>已报送，待上级审核.</summary>
    Filed,

    /// <summary>上级审核通过.</summary>
    Approved,

    /// <summary>上级退回，待重新报送.</summary>
    Returned,
}
