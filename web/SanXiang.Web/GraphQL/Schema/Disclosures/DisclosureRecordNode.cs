using GraphQL;
using SanXiang.Domain.Cases;
using SanXiang.Domain.Disclosures;
using SanXiang.Plugins;

namespace SanXiang.Web.GraphQL.Schema.Disclosures;

/// <summary>
/// A decision's published record (or, in a preview, the record before masking): 执法机关、文号、当事人、执法类别、执法结论、
/// 依据、违法事实 and the decision day; <c>hash</c> names it (publishing carries the hash of the masked record shown).
/// </summary>
[Name("DisclosureRecord")]
public sealed class DisclosureRecordNode(PublishedDecision record)
{
    public string AgencyName => record.AgencyName;

    public string DocumentNumber => record.DocumentNumber;

    public string PartyName => record.PartyName;

    public PartyKind PartyKind => record.PartyKind;

    /// <summary>An organisation's 统一社会信用代码; never a citizen's ID number.</summary>
    public string? PartyCode => record.PartyCode;

    public EnforcementCategory Category => record.Category;

    public string Conclusion => record.Conclusion;

    public string Basis => record.Basis;

    public string Facts => record.Facts;

    public string DecidedOn => IsoDate.Format(record.DecidedOn);

    public string Hash => record.Hash;
}
