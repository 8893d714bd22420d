using GraphQL;
using SanXiang.Domain.Cases;
using SanXiang.Silo.Cases;

namespace SanXiang.Web.GraphQL.Schema.Cases;

[Name("CasePartyInput")]
public sealed class CasePartyInput
{
    public string Name { get; set; } = "";

    public PartyKind Kind { get; set; }

    /// <summary>身份证号码 or 统一社会信用代码.</summary>
    public string? IdCode { get; set; }
}
