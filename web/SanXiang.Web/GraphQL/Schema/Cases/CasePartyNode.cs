using GraphQL;
using SanXiang.Domain.Cases;
using SanXiang.Silo.Cases;

namespace SanXiang.Web.GraphQL.Schema.Cases;

/// <summary>当事人.</summary>
[Name("CaseParty")]
public sealed class CasePartyNode(CaseParty party)
{
    public string Name => party.Name;

    public PartyKind Kind => party.Kind;

    /// <summary>身份证号码 or 统一社会信用代码.</summary>
    public string? IdCode => party.IdCode;
}
