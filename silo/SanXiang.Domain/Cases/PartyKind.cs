namespace SanXiang.Domain.Cases;

public enum PartyKind
{
    /// <summary>公民</summary>
    Citizen,

    /// <summary>法人或者其他组织</summary>
    Organisation,
}
