using GraphQL;
using SanXiang.Domain.Cases;
using SanXiang.Silo.Cases;

namespace SanXiang.Web.GraphQL.Schema.Cases;

/// <summary>Whether the stored chain is intact; else the first event at fault and a stable reason (HASH_MISMATCH …). Names are relied on: keep them.</summary>
[Name("CaseVerification")]
public sealed class CaseVerificationNode(CaseVerification verification)
{
    public bool Ok => verification.Ok;

    public int? FirstBadSeq => verification.FirstBadSeq is { } seq ? checked((int)seq) : null;

    public string? Reason => verification.Reason;

    public string? Message => verification.Message;
}
