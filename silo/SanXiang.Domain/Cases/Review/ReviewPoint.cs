namespace SanXiang.Domain.Cases.Review;

/// <summary>
/// The seven points a legal review examines (审核内容, DOMAIN.md §3: 新田、许昌 ledger row 25, 耿马), in the order the plans
/// list them. Their Chinese names are in <see cref="ReviewPoints"/>.
/// </summary>
public enum ReviewPoint
{
    /// <summary>执法主体是否合法，执法人员是否具备执法资格.</summary>
    LawfulBodyAndOfficers,

    /// <summary>执法程序是否合法.</summary>
    LawfulProcedure,

    /// <summary>案件事实是否清楚，证据是否合法充分.</summary>
    FactsAndEvidence,

    /// <summary>适用法律、法规、规章是否准确，裁量基准运用是否适当.</summary>
    LawAndDiscretion,

    /// <summary>执法是否超越执法机关法定权限.</summary>
    WithinPowers,

    /// <summary>执法文书是否完备、规范.</summary>
    Documents,

    /// <summary>违法行为是否涉嫌犯罪、需要移送司法机关.</summary>
    CrimeTransfer,
}
